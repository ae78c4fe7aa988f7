package org.outagerecon.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** A generated directory read back the way data-contract.md §1 describes the files. */
record GeneratedDataset(List<Agent> agents, List<Mrd> mrds, List<State> states, List<Task> tasks,
        List<OutageRow> outages) {

    record Agent(int skillTargetId, int peripheralId) {
    }

    record Mrd(int id, String mediaClass, int taskLifeSeconds) {
    }

    record State(long recoveryKey, Instant at, int skillTargetId, int mrDomainId, int state, Integer reasonCode) {
    }

    record Task(long recoveryKey, Instant start, Instant end, int peripheralId, int mrDomainId, int skillTargetId,
            int callDisposition) {

        /** HDS writes the row when the task ends; an open task's when it starts. */
        Instant recordedAt() {
            return end != null ? end : start;
        }

        boolean openAt(Instant instant) {
            return start.isBefore(instant) && (end == null || end.isAfter(instant));
        }
    }

    record OutageRow(String id, String component, String side, Integer peripheralId, Integer mrDomainId,
            Instant start, Instant end) {
    }

    static GeneratedDataset generate(Path dir, int agents, int days, long seed) {
        try {
            new DatasetGenerator(new DatasetGenerator.GeneratorSettings(agents, days, seed, LocalDate.of(2026, 11, 19)))
                    .generate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(dir);
    }

    static GeneratedDataset read(Path dir) {
        return new GeneratedDataset(
                rows(dir.resolve("agent.csv"), r -> new Agent(integer(r, "skill_target_id"), integer(r, "peripheral_id"))),
                rows(dir.resolve("media_routing_domain.csv"), r -> new Mrd(integer(r, "mr_domain_id"),
                        r.getField("media_class"), integer(r, "task_life_s"))),
                rows(dir.resolve("agent_state_trace.csv"), r -> new State(Long.parseLong(r.getField("recovery_key")),
                        instant(r, "date_time"), integer(r, "skill_target_id"), integer(r, "mr_domain_id"),
                        integer(r, "agent_state"), optionalInteger(r, "reason_code"))),
                rows(dir.resolve("termination_call_detail.csv"), r -> new Task(
                        Long.parseLong(r.getField("recovery_key")), instant(r, "start_date_time"),
                        instant(r, "date_time"), integer(r, "peripheral_id"), integer(r, "mr_domain_id"),
                        integer(r, "agent_skill_target_id"), integer(r, "call_disposition"))),
                rows(dir.resolve("outage.csv"), r -> new OutageRow(r.getField("outage_id"), r.getField("component"),
                        r.getField("side"), optionalInteger(r, "peripheral_id"), optionalInteger(r, "mr_domain_id"),
                        instant(r, "started_at"), instant(r, "ended_at"))));
    }

    static List<NamedCsvRecord> records(Path file) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * data-contract.md §1: an offset or {@code Z} wins; a local time is converted with the row's time_zone (minutes
     * ahead of UTC). Every generated local time has one, so a missing time_zone fails here.
     */
    static Instant instant(String text, String timeZone) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                LocalDateTime::from);
        if (parsed instanceof OffsetDateTime withOffset) {
            return withOffset.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.ofTotalSeconds(Integer.parseInt(timeZone) * 60));
    }

    /** The state rows of one agent-MRD in time order (ties: recovery key). */
    List<State> timeline(int skillTargetId, int mrDomainId) {
        return states.stream()
                .filter(state -> state.skillTargetId() == skillTargetId && state.mrDomainId() == mrDomainId)
                .sorted(Comparator.comparing(State::at).thenComparingLong(State::recoveryKey))
                .toList();
    }

    Stream<Agent> agentsOf(int peripheralId) {
        return agents.stream().filter(agent -> agent.peripheralId() == peripheralId);
    }

    Mrd mrd(int id) {
        return mrds.stream().filter(mrd -> mrd.id() == id).findFirst().orElseThrow();
    }

    List<OutageRow> outages(String component) {
        return outages.stream().filter(outage -> outage.component().equals(component)).toList();
    }

    private static <T> List<T> rows(Path file, Function<NamedCsvRecord, T> mapper) {
        return records(file).stream().map(mapper).toList();
    }

    private static Instant instant(NamedCsvRecord row, String column) {
        String text = row.getField(column);
        return text.isEmpty() ? null : instant(text, row.findField("time_zone").orElse(""));
    }

    private static int integer(NamedCsvRecord row, String column) {
        return Integer.parseInt(row.getField(column));
    }

    private static Integer optionalInteger(NamedCsvRecord row, String column) {
        String text = row.getField(column);
        return text.isEmpty() ? null : Integer.valueOf(text);
    }
}
