package org.outagerecon.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;

/** The five input files of data-contract.md §1, written row by row as the generator goes. */
final class DatasetFiles implements Closeable {
    static final String AGENT = "agent.csv";
    static final String MEDIA_ROUTING_DOMAIN = "media_routing_domain.csv";
    static final String AGENT_STATE_TRACE = "agent_state_trace.csv";
    static final String TERMINATION_CALL_DETAIL = "termination_call_detail.csv";
    static final String OUTAGE = "outage.csv";

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int CALL_DISPOSITION_FLAG_HANDLED = 1;

    private final Table agents;
    private final Table mrds;
    private final Table states;
    private final Table tasks;
    private final Table outages;

    DatasetFiles(Path dir) throws IOException {
        agents = new Table(dir.resolve(AGENT),
                "skill_target_id", "peripheral_id", "peripheral_number", "enterprise_name");
        mrds = new Table(dir.resolve(MEDIA_ROUTING_DOMAIN), "mr_domain_id", "enterprise_name", "media_class",
                "task_life_s", "task_start_timeout_s", "max_task_duration_s");
        states = new Table(dir.resolve(AGENT_STATE_TRACE), "recovery_key", "date_time", "time_zone",
                "skill_target_id", "mr_domain_id", "agent_state", "reason_code", "event_name");
        tasks = new Table(dir.resolve(TERMINATION_CALL_DETAIL), "recovery_key", "start_date_time", "date_time",
                "time_zone", "router_call_key_day", "router_call_key", "call_guid", "peripheral_id", "mr_domain_id",
                "agent_skill_target_id", "skill_group_skill_target_id", "peripheral_call_type", "call_disposition",
                "call_disposition_flag");
        outages = new Table(dir.resolve(OUTAGE), "outage_id", "component", "side", "peripheral_id", "mr_domain_id",
                "started_at", "ended_at", "note");
    }

    void writeMediaRoutingDomain(MediaRoutingDomain mrd) {
        mrds.write(text(mrd.id()), Site.enterpriseName(mrd), mrd.mediaClass().name(), text(mrd.taskLifeSeconds()),
                text(Site.TASK_START_TIMEOUT_S), text(Site.MAX_TASK_DURATION_S));
    }

    void writeAgent(AgentProfile agent) {
        agents.write(text(agent.skillTargetId()), text(agent.peripheralId()), agent.peripheralNumber(),
                agent.enterpriseName());
    }

    void writeOutage(PlannedOutage planned) {
        Outage outage = planned.outage();
        outages.write(outage.id(), outage.component().name(), text(planned.side()), text(outage.peripheralId()),
                text(outage.mrDomainId()), Timestamps.utc(outage.start()), Timestamps.utc(outage.end()),
                planned.note());
    }

    /** {@code rng} picks each row's timestamp style and each call's GUID. */
    void writeAgentDay(AgentProfile agent, LocalDate day, AgentDay agentDay, SplittableRandom rng) {
        String skillTargetId = text(agent.skillTargetId());
        RecoveryKeys stateKeys = new RecoveryKeys(agent.ordinal());
        for (StateChange row : agentDay.states()) {
            TimestampStyle style = TimestampStyle.pick(rng);
            states.write(text(stateKeys.next(row.at())), style.format(row.at()), style.timeZone(), skillTargetId,
                    text(row.mrDomainId()), text(row.event().state()), text(row.reasonCode()),
                    row.event().eventName());
        }
        RecoveryKeys taskKeys = new RecoveryKeys(agent.ordinal());
        String routerCallKeyDay = text(day.toEpochDay());
        long routerCallKey = agent.ordinal() * 1000L;
        for (TaskRecord task : agentDay.tasks()) {
            TimestampStyle style = TimestampStyle.pick(rng);
            tasks.write(text(taskKeys.next(task.recordedAt())), style.format(task.start()),
                    task.end() == null ? "" : style.format(task.end()), style.timeZone(), routerCallKeyDay,
                    text(++routerCallKey), callGuid(task, rng),
                    text(agent.peripheralId()), text(task.mrDomainId()), skillTargetId,
                    text(Site.skillGroup(agent.peripheralId(), task.mrDomainId())), text(task.peripheralCallType()),
                    text(task.callDisposition()), text(CALL_DISPOSITION_FLAG_HANDLED));
        }
    }

    /** A random GUID is drawn for every task, so that a scripted one leaves the other rows as they were. */
    private static String callGuid(TaskRecord task, SplittableRandom rng) {
        String random = HEX.toHexDigits(rng.nextLong()) + HEX.toHexDigits(rng.nextLong());
        return task.callGuid() != null ? task.callGuid() : random;
    }

    RowCounts counts() {
        return new RowCounts(agents.rows, mrds.rows, states.rows, tasks.rows, outages.rows);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Table table : List.of(agents, mrds, states, tasks, outages)) {
            try {
                table.writer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** An empty field for null (data-contract.md §1: a missing optional value). */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static final class Table {
        private final CsvWriter writer;
        private long rows;

        Table(Path file, String... header) throws IOException {
            writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
            writer.writeRecord(header);
        }

        void write(String... fields) {
            writer.writeRecord(fields);
            rows++;
        }
    }
}
