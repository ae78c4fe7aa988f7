package org.outagerecon.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.outagerecon.system.BadInputException;

/**
 * Writes a synthetic HDS extract, the five input files of data-contract.md §1, that looks like what HDS records
 * around component outages, and that exercises every rule of rules.md whatever its size.
 *
 * <p><b>Site.</b> Peripherals 5000 and 5001; MRDs 1 Cisco_Voice (VOICE), 2 Chat (CHAT, task life 1200 s), 3 Email
 * (EMAIL, 1800 s), 4 Task (TASK, 600 s); site time UTC−7. Agents work eight-hour shifts starting 06:00–14:00 site
 * time with two breaks and lunch (Not Ready with reason codes) and log out at the end (reason 10). Voice: Ready →
 * Reserved → Talking (→ Hold → Talking) → Work Ready → Ready, or Work Not Ready → Not Ready; sometimes an outbound
 * call, a missed call (RONA, 32767) or a short Not Ready. Chat, email, tasks: Reserved → Active (email: → Paused →
 * Active) → Not Active. Every call and task is a termination_call_detail row.
 *
 * <p><b>Outages.</b> The same ten every day ({@link OutagePlan}); the source shows what each leaves in HDS
 * ({@link SourceEffects}): failover logouts (50002) at or just after {@code s} and re-logins after {@code e}, PIM
 * logouts at {@code s} and logins minutes after {@code e}, rows lost inside the outages simply absent. Five more
 * are in the source only, not in outage.csv ({@link Unrecorded}, rules.md §8): an OPC crash, a 42 burst and a Finesse
 * 255 wave that detection finds, and two decoys it must pass over.
 *
 * <p><b>Coverage.</b> Random agents alone would leave rules unexercised in small datasets, so the first
 * {@value Cast#SIZE} agents ({@link Cast}) are scenario agents whose minutes before each outage start are scripted,
 * the rest of their day random:
 * <ul>
 * <li>At {@code s} of each PG, CTI_MANAGER and FINESSE outage on 5000 (eight scenario agents, roles rotating), one
 * voice agent each is Ready; Not Ready with reason 3; Reserved; Work Ready after Ready → Reserved → Talking; Work Not
 * Ready after Not Ready (reason 4) → an outbound call; Talking; on Hold; and one is logged off (stepped out 25 minutes
 * before, back 15 minutes after the end: not affected). The Ready one's logout is stamped exactly at {@code s}; at
 * the Finesse failover it also has a chat Reserved.</li>
 * <li>At the PIM outage on 5001 (four scenario agents) voice agents are Ready, Not Ready, Talking and in Work Ready;
 * all are logged out exactly at {@code s}.</li>
 * <li>Across each AGENT_PG_CTI outage scenario agents handle a chat open at {@code s} that ends before its task life
 * expires, one that outlives both the task life and the outage, and one that starts inside and ends after it. Across
 * the long one (30 minutes, every non-voice MRD) also a chat and a task-MRD task whose end is lost (they end after
 * the expiry, inside the outage: empty end), and an email and a task-MRD task that outlive it ({@link TaskRole}).</li>
 * <li>At the chat server outage two scenario agents of 5000 have a chat open at {@code s} (lost) and three others
 * get them again after {@code s}, with the same call GUID ({@link ChatRole}).</li>
 * </ul>
 * Scenario agents take every MRD and start at 07:00, and their breaks keep clear of the scripted times, so the
 * guarantees hold for every dataset; the smallest has the {@value Cast#SIZE} scenario agents alone.
 *
 * <p>Deterministic: the bytes depend only on the settings (one random stream per agent-day, no clock, no hash
 * order). Streaming: agents are generated one at a time per day and written at once, so memory does not grow with
 * the number of agents or days.
 */
public final class DatasetGenerator {

    /** {@code firstDay} is a site-local date; the outages fall on it and on the {@code days - 1} days after it. */
    public record GeneratorSettings(int agents, int days, long seed, LocalDate firstDay) {
        public GeneratorSettings {
            Objects.requireNonNull(firstDay, "firstDay");
            if (agents < Cast.SIZE || agents > RecoveryKeys.MAX_AGENTS) {
                throw new BadInputException("agents must be between " + Cast.SIZE + " (the scenario agents) and "
                        + RecoveryKeys.MAX_AGENTS + ", not " + agents);
            }
            if (days < 1) {
                throw new BadInputException("days must be at least 1, not " + days);
            }
        }
    }

    private final GeneratorSettings settings;

    public DatasetGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** Writes agent.csv, media_routing_domain.csv, agent_state_trace.csv, termination_call_detail.csv, outage.csv. */
    public RowCounts generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Roster roster = new Roster(settings.seed());
        try (DatasetFiles files = new DatasetFiles(outDir)) {
            Site.MRDS.forEach(files::writeMediaRoutingDomain);
            for (int ordinal = 0; ordinal < settings.agents(); ordinal++) {
                files.writeAgent(roster.profile(ordinal));
            }
            for (int dayIndex = 0; dayIndex < settings.days(); dayIndex++) {
                LocalDate day = settings.firstDay().plusDays(dayIndex);
                List<PlannedOutage> outages = OutagePlan.forDay(day);
                outages.stream().filter(PlannedOutage::recorded).forEach(files::writeOutage);
                for (int ordinal = 0; ordinal < settings.agents(); ordinal++) {
                    AgentProfile agent = roster.profile(ordinal);
                    var rng = Seeds.forAgentDay(settings.seed(), ordinal, dayIndex);
                    files.writeAgentDay(agent, day, AgentDay.generate(agent, day, outages, rng), rng);
                }
            }
            return files.counts();
        }
    }
}
