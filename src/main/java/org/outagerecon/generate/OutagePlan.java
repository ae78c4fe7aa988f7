package org.outagerecon.generate;

import static org.outagerecon.domain.Component.AGENT_PG_CTI;
import static org.outagerecon.domain.Component.CHAT_SERVER;
import static org.outagerecon.domain.Component.CTI_MANAGER;
import static org.outagerecon.domain.Component.FINESSE;
import static org.outagerecon.domain.Component.MR_PG;
import static org.outagerecon.domain.Component.MR_PIM;
import static org.outagerecon.domain.Component.PG;
import static org.outagerecon.domain.Component.PIM;
import static org.outagerecon.domain.Component.ROUTER_LINK;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;

/**
 * The same outages every day, at fixed UTC times while most agents are logged in (08:45–14:05 site time): every
 * component of rules.md §3 at least once, a ROUTER_LINK that overlaps the PG failover on peripheral 5000, and a
 * short AGENT_PG_CTI on 5001 that starts the instant the PIM outage there ends, and a chat server that stops.
 */
final class OutagePlan {
    /** The peripheral whose agents see the PG, CTI Manager and Finesse failovers. */
    static final int FAILOVER_PERIPHERAL = 5000;
    /** The peripheral whose PIM fails. */
    static final int PIM_PERIPHERAL = 5001;

    private record Slot(Component component, String side, Integer peripheralId, Integer mrDomainId,
            LocalTime startUtc, Duration length, String note, Unrecorded unrecorded) {

        Slot(Component component, String side, Integer peripheralId, Integer mrDomainId, LocalTime startUtc,
             Duration length, String note) {
            this(component, side, peripheralId, mrDomainId, startUtc, length, note, null);
        }

        /** What only the source shows: no outage.csv row. */
        static Slot unrecorded(Unrecorded what, Component component, int peripheralId, LocalTime startUtc,
                               Duration length) {
            return new Slot(component, null, peripheralId, null, startUtc, length, null, what);
        }
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot(ROUTER_LINK, null, FAILOVER_PERIPHERAL, null, LocalTime.of(15, 45), Duration.ofMinutes(17),
                    "Agent PG CTI server lost the CallRouter; overlaps the PG failover; data arrives late"),
            new Slot(PG, "A", FAILOVER_PERIPHERAL, null, LocalTime.of(16, 0), Duration.ofSeconds(210),
                    "PG side A failover: voice agents logged out (50002), re-logged in automatically after the end"),
            new Slot(CTI_MANAGER, "B", FAILOVER_PERIPHERAL, null, LocalTime.of(17, 15), Duration.ofSeconds(165),
                    "CTI Manager failover: voice agents logged out (50002), re-logged in automatically after the end"),
            new Slot(FINESSE, "A", FAILOVER_PERIPHERAL, null, LocalTime.of(18, 30), Duration.ofSeconds(140),
                    "Finesse server failover: agents logged out of every MRD (50002), re-logged in after the end"),
            new Slot(AGENT_PG_CTI, null, FAILOVER_PERIPHERAL, null, LocalTime.of(19, 30), Duration.ofMinutes(30),
                    "All applications cut off from the Agent PG CTI server for longer than the chat (1200 s) and"
                            + " task (600 s) task life; as long as the email task life (1800 s)"),
            new Slot(PIM, "A", PIM_PERIPHERAL, null, LocalTime.of(17, 0), Duration.ofMinutes(6),
                    "PIM lost the ACD: voice data lost, agents log back in minutes after the end"),
            new Slot(AGENT_PG_CTI, null, PIM_PERIPHERAL, Site.CHAT.id(), LocalTime.of(17, 6), Duration.ofMinutes(8),
                    "Chat application cut off from the Agent PG CTI server, shorter than the chat task life;"
                            + " starts as the PIM outage ends"),
            new Slot(MR_PG, null, null, Site.CHAT.id(), LocalTime.of(20, 30), Duration.ofMinutes(10),
                    "Chat application cut off from the MR PG: new chats discarded and resent after the restore"),
            new Slot(MR_PIM, null, null, Site.TASK.id(), LocalTime.of(21, 0), Duration.ofMinutes(5),
                    "MR PIM of the task MRD cut off from the central controller: routing disabled"),
            new Slot(CHAT_SERVER, null, null, Site.CHAT.id(), LocalTime.of(21, 15), Duration.ofMinutes(10),
                    "Chat server stopped: open chats lost for the customer, routed to agents again after it"),
            // Nobody recorded these (rules.md §8): detection finds the first three and passes over the decoys. The
            // crash's logouts straddle 20:15, a window bound for 15-minute intervals.
            Slot.unrecorded(Unrecorded.OPC_CRASH, PG, PIM_PERIPHERAL, LocalTime.of(20, 14, 58, 500_000_000),
                    Duration.ofMinutes(3)),
            Slot.unrecorded(Unrecorded.TASK_LIFE_BURST, AGENT_PG_CTI, FAILOVER_PERIPHERAL, LocalTime.of(20, 12),
                    Duration.ofMinutes(22)),
            Slot.unrecorded(Unrecorded.FINESSE_WAVE, FINESSE, FAILOVER_PERIPHERAL, LocalTime.of(21, 45),
                    Duration.ofSeconds(60)),
            Slot.unrecorded(Unrecorded.SHIFT_CHANGE, PG, PIM_PERIPHERAL, LocalTime.of(18, 45), Duration.ofMinutes(4)),
            Slot.unrecorded(Unrecorded.FOUR_AGENTS, PG, PIM_PERIPHERAL, LocalTime.of(19, 15), Duration.ofMinutes(2)));

    private OutagePlan() {
    }

    /** The outages of one day, in the order the reconcile job applies them (rules.md §4). */
    static List<PlannedOutage> forDay(LocalDate day) {
        return SLOTS.stream()
                .map(slot -> planned(day, slot))
                .sorted(Comparator.comparing(PlannedOutage::outage, Outage.APPLICATION_ORDER))
                .toList();
    }

    private static PlannedOutage planned(LocalDate day, Slot slot) {
        long start = day.atTime(slot.startUtc()).toInstant(ZoneOffset.UTC).toEpochMilli();
        Outage outage = new Outage(id(day, slot), slot.component(), slot.peripheralId(), slot.mrDomainId(), start,
                start + slot.length().toMillis());
        return new PlannedOutage(outage, slot.side(), slot.note(), slot.unrecorded());
    }

    /** Readable and unique within a day: {@code 2026-11-19-PG-5000-A}, {@code 2026-11-19-MR_PG-MRD2}. */
    private static String id(LocalDate day, Slot slot) {
        StringBuilder id = new StringBuilder().append(day).append('-')
                .append(slot.unrecorded() != null ? slot.unrecorded() : slot.component());
        if (slot.peripheralId() != null) {
            id.append('-').append(slot.peripheralId());
        }
        if (slot.mrDomainId() != null) {
            id.append("-MRD").append(slot.mrDomainId());
        }
        if (slot.side() != null) {
            id.append('-').append(slot.side());
        }
        return id.toString();
    }
}
