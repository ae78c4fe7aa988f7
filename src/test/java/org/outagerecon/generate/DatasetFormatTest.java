package org.outagerecon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files are valid input for data-contract.md §1. */
class DatasetFormatTest {
    private static final Map<String, List<String>> CONTRACT_HEADERS = Map.of(
            "agent.csv", List.of("skill_target_id", "peripheral_id", "peripheral_number", "enterprise_name"),
            "media_routing_domain.csv", List.of("mr_domain_id", "enterprise_name", "media_class", "task_life_s",
                    "task_start_timeout_s", "max_task_duration_s"),
            "agent_state_trace.csv", List.of("recovery_key", "date_time", "time_zone", "skill_target_id",
                    "mr_domain_id", "agent_state", "reason_code", "event_name"),
            "termination_call_detail.csv", List.of("recovery_key", "start_date_time", "date_time", "time_zone",
                    "router_call_key_day", "router_call_key", "call_guid", "peripheral_id", "mr_domain_id",
                    "agent_skill_target_id", "skill_group_skill_target_id", "peripheral_call_type",
                    "call_disposition", "call_disposition_flag"),
            "outage.csv", List.of("outage_id", "component", "side", "peripheral_id", "mr_domain_id", "started_at",
                    "ended_at", "note"));

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        GeneratedDataset.generate(dir, 12, 1, 3);
    }

    @Test
    void everyFileHasTheContractHeaderAndFullRows() {
        CONTRACT_HEADERS.forEach((file, header) -> {
            List<CsvRecord> records = records(dir.resolve(file));
            assertThat(records.get(0).getFields()).as(file).isEqualTo(header);
            assertThat(records).as(file).hasSizeGreaterThan(1)
                    .allSatisfy(row -> assertThat(row.getFieldCount()).isEqualTo(header.size()));
        });
    }

    @Test
    void everyTimestampRuleOfTheContractIsUsed() {
        List<CsvRecord> rows = dataRows("agent_state_trace.csv");
        assertThat(rows).anyMatch(style(text -> text.endsWith("Z"), ""))
                .anyMatch(style(text -> text.endsWith("Z"), "-420"))
                .anyMatch(style(text -> text.endsWith("-07:00"), "-420"))
                .anyMatch(style(text -> text.length() == "2026-11-19T09:00:00.000".length(), "-420"))
                .allMatch(row -> row.getField(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.*"));
    }

    @Test
    void aTimestampWithAnOffsetWinsOverTimeZone() {
        assertThat(GeneratedDataset.instant("2026-11-19T16:00:00.000Z", "-420"))
                .isEqualTo(GeneratedDataset.instant("2026-11-19T09:00:00.000", "-420"))
                .isEqualTo(GeneratedDataset.instant("2026-11-19T09:00:00.000-07:00", ""));
    }

    @Test
    void integerColumnsHoldPlainIntegers() {
        assertThat(dataRows("agent_state_trace.csv"))
                .allSatisfy(row -> assertThat(List.of(row.getField(0), row.getField(3), row.getField(4),
                        row.getField(5))).allMatch(value -> value.matches("-?\\d+")));
        assertThat(dataRows("termination_call_detail.csv"))
                .allSatisfy(row -> assertThat(List.of(row.getField(0), row.getField(7), row.getField(8),
                        row.getField(12))).allMatch(value -> value.matches("-?\\d+")));
    }

    private static Predicate<CsvRecord> style(Predicate<String> dateTime, String timeZone) {
        return row -> dateTime.test(row.getField(1)) && row.getField(2).equals(timeZone);
    }

    private static List<CsvRecord> dataRows(String file) {
        List<CsvRecord> records = records(dir.resolve(file));
        return records.subList(1, records.size());
    }

    private static List<CsvRecord> records(Path file) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
