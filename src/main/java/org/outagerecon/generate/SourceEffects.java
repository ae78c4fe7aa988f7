package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.SECOND;
import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.minutes;
import static org.outagerecon.generate.Durations.seconds;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;

/**
 * What each outage leaves in the source, as HDS records it (rules.md §3, domain.md §1 on seeds 001 and 003):
 * <ul>
 * <li>PIM: every logged-in voice agent of the peripheral is logged out exactly at {@code s} (reason -1, peripheral
 * restart); nothing more until each logs back in, 2–10 minutes after {@code e}.</li>
 * <li>PG, CTI Manager: voice agents logged out (50002) at or up to 3 s after {@code s}, re-logged in automatically
 * (Not Ready, 50002) 3–90 s after {@code e}. Finesse: the same on every MRD of the agent.</li>
 * <li>AGENT_PG_CTI: agents stay logged in; tasks assigned and finished inside are never reported, and a task open at
 * {@code s} that ends after its task life expired but before {@code e} is reported without an end.</li>
 * <li>MR_PG, MR_PIM: no task of the MRD is offered inside; the application resends after {@code e}. CHAT_SERVER: no
 * new chat inside either; the lost sessions are closed by their agents and routed again (scripted, {@link ChatRole}).
 * </li>
 * <li>ROUTER_LINK: nothing is lost (the data arrives late), so the source is unchanged.</li>
 * </ul>
 */
final class SourceEffects {
    private SourceEffects() {
    }

    static boolean cutsVoice(Component component) {
        return component == Component.PIM || component.logsAgentsOut();
    }

    static List<Blackout> blackouts(AgentProfile agent, List<PlannedOutage> outages, Scenario scenario,
            SplittableRandom rng) {
        List<Blackout> blackouts = new ArrayList<>();
        for (PlannedOutage planned : outages) {
            Outage outage = planned.outage();
            if (planned.reaches(agent) && cutsVoice(outage.component())) {
                boolean atStart = scenario.logsOutAtStart(outage);
                blackouts.add(planned.unrecorded() == null ? (outage.component() == Component.PIM
                        ? pimDataLost(outage, rng) : failover(outage, atStart, rng))
                        : switch (planned.unrecorded()) {
                            case OPC_CRASH, FOUR_AGENTS -> wave(outage, ReasonCodes.PERIPHERAL_RESTART, atStart, rng);
                            case FINESSE_WAVE -> wave(outage, ReasonCodes.FINESSE_LOST_DESKTOP, atStart, rng);
                            case SHIFT_CHANGE -> wave(outage, ReasonCodes.END_OF_SHIFT, atStart, rng);
                            case TASK_LIFE_BURST -> throw new IllegalStateException("cuts no agent");
                        });
            }
        }
        return blackouts;
    }

    private static Blackout pimDataLost(Outage outage, SplittableRandom rng) {
        return new Blackout(outage.start(), outage.start(), ReasonCodes.PERIPHERAL_RESTART,
                outage.end() + between(rng, minutes(2), minutes(10)), ReasonCodes.NONE, false);
    }

    private static Blackout failover(Outage outage, boolean atStart, SplittableRandom rng) {
        long delay = atStart || rng.nextDouble() < 0.15 ? 0 : between(rng, 1, seconds(3));
        return new Blackout(outage.start(), outage.start() + delay, ReasonCodes.CTI_CLIENT_FAILED,
                outage.end() + between(rng, seconds(3), seconds(90)), ReasonCodes.CTI_CLIENT_FAILED,
                outage.component() == Component.FINESSE);
    }

    /**
     * What nobody recorded: the agents logged out with the reason within 3 s of {@code s}, in again (Not Ready,
     * no reason) 20 s to 2 minutes after {@code e}; Finesse's logout is on every MRD.
     */
    private static Blackout wave(Outage outage, int reason, boolean atStart, SplittableRandom rng) {
        long delay = atStart ? 0 : between(rng, 0, seconds(3));
        return new Blackout(outage.start(), outage.start() + delay, reason,
                outage.end() + between(rng, seconds(20), minutes(2)), ReasonCodes.NONE,
                outage.component() == Component.FINESSE);
    }

    /** When the MR PG, MR PIM or chat server of the MRD is down and no new task of it is offered. */
    static List<TimeRange> routingDown(MediaRoutingDomain mrd, List<PlannedOutage> outages) {
        return outages.stream()
                .map(PlannedOutage::outage)
                .filter(outage -> outage.component().scope() == Component.Scope.MEDIA_ROUTING_DOMAIN)
                .filter(outage -> outage.mrDomainId() == mrd.id())
                .map(outage -> new TimeRange(outage.start(), outage.end()))
                .toList();
    }

    /** The agent's tasks as termination_call_detail reports them after the day's AGENT_PG_CTI outages. */
    static List<TaskRecord> reported(List<TaskRecord> tasks, int peripheralId, List<PlannedOutage> outages) {
        List<TaskRecord> reported = new ArrayList<>();
        for (TaskRecord task : tasks) {
            TaskRecord kept = task;
            for (PlannedOutage planned : outages) {
                Outage outage = planned.outage();
                if (kept != null && outage.component() == Component.AGENT_PG_CTI
                        && outage.onPeripheral(peripheralId) && inScope(kept, outage)) {
                    kept = reportedAcross(kept, outage, planned.recorded());
                }
            }
            if (kept != null) {
                reported.add(kept);
            }
        }
        return reported;
    }

    private static boolean inScope(TaskRecord task, Outage outage) {
        return !Site.mrd(task.mrDomainId()).isVoice()
                && (outage.mrDomainId() == null || outage.mrDomainId() == task.mrDomainId());
    }

    /**
     * Null when the task is never reported. A task that outlives its task life inside an outage that nobody
     * recorded shows what Cisco wrote: an end at the expiry, disposition 42.
     */
    private static TaskRecord reportedAcross(TaskRecord task, Outage outage, boolean recorded) {
        TimeRange down = new TimeRange(outage.start(), outage.end());
        if (task.end() == null) {
            return task;
        }
        if (down.contains(task.start()) && task.end() < outage.end()) {
            return null;
        }
        long expiry = outage.start() + Site.mrd(task.mrDomainId()).taskLifeSeconds() * SECOND;
        boolean openAtStart = task.start() < outage.start() && task.end() > outage.start();
        if (!recorded) {
            return openAtStart && expiry < outage.end() && task.end() > expiry ? task.expiredAt(expiry) : task;
        }
        return openAtStart && expiry <= task.end() && down.contains(task.end()) ? task.withEnd(null) : task;
    }
}
