package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.hds.Tables.TERMINATION_CALL_DETAIL;
import static org.outagerecon.db.recon.Tables.IMPORT_REJECT;
import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.db.recon.tables.records.ImportRejectRecord;
import org.outagerecon.support.TestDatabase;
import org.outagerecon.system.BadInputException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import --dir}: what a user finds in the tables after importing files with good and bad rows
 * (data-contract.md §1), on H2 and on PostgreSQL.
 */
class ImporterFunctionalTests {

    private static final ImportOptions LOS_ANGELES =
            new ImportOptions(StateCodes.HDS, ZoneId.of("America/Los_Angeles"));

    /** The files of {@link #writeMixedFiles}; U+FFFD stands for a byte that is not UTF-8. */
    private static final Map<String, List<String>> MIXED_FILES = new LinkedHashMap<>();

    static {
        MIXED_FILES.put("agent.csv", List.of(
                "peripheral_id,skill_target_id,enterprise_name,comment",
                "5000,5001,Alice,first",
                "5000,5002,\"Bob, Jr.\",",
                "5000,5003",
                "5000,12.0,Carol,",
                "5000,5001,Alice Renamed,last wins"));
        MIXED_FILES.put("media_routing_domain.csv", List.of(
                "mr_domain_id,enterprise_name,media_class,task_life_s",
                "1,Voice,VOICE,",
                "2,Chat,CHAT,600",
                "3,Mail,email,"));
        MIXED_FILES.put("outage.csv", List.of(
                "outage_id,component,side,peripheral_id,mr_domain_id,started_at,ended_at,note",
                "o-pim,PIM,A,5000,,2026-11-20 14:00:00,2026-11-20 14:30:00,\"PIM down,",
                "side A\"",
                "o-mr,MR_PG,,,2,2026-11-20T14:00:00Z,,first",
                "o-bad,PIMM,,5000,,2026-11-20T14:00:00Z,,",
                "o-noscope,MR_PIM,,5000,,2026-11-20T14:00:00Z,,",
                "o-back,PG,B,5000,,2026-11-20T15:00:00Z,2026-11-20T14:00:00Z,",
                "o-mr,MR_PG,,,2,2026-11-20T14:05:00Z,,last wins",
                "o-chat,CHAT_SERVER,,5000,,2026-11-20T14:00:00Z,,"));
        MIXED_FILES.put("agent_state_trace.csv", List.of(
                "recovery_key,date_time,time_zone,skill_target_id,mr_domain_id,agent_state,reason_code,event_name",
                "1001,2026-11-20T14:01:17.196-07:00,60,5001,1,3,,",
                "1002.0,2026-11-20 14:02:00.1234567,-420,5001,1,2,50002,NOT_READY",
                "1003,2026-11-20T14:03:00,,5001,1,4,,",
                "1004,2026-11-20T14:04:00,,5001,1,17,,",
                "1005,2026-11-20T14:05:00,,12.0,1,3,,",
                "1006,2026-11-20T14:06:00,,5001,1,\"3\"x,,",
                "1007,2026-11-20T14:07:00,,5001,1,3,,caf\uFFFD",
                "1002,2026-11-20T14:02:00.5,-420,5001,1,3,,READY",
                "1008,2026-03-08T02:30:00,,5001,1,3,,"));
        MIXED_FILES.put("termination_call_detail.csv", List.of(
                "recovery_key,start_date_time,date_time,time_zone,router_call_key_day,router_call_key,call_guid,"
                        + "peripheral_id,mr_domain_id,agent_skill_target_id,skill_group_skill_target_id,"
                        + "peripheral_call_type,call_disposition,call_disposition_flag",
                "2001,2026-11-20T14:00:00,2026-11-20T14:05:00,-420,151234,99000000001,GUID-1,5000,2,5001,,,13,1",
                "2002,2026-11-20T14:10:00Z,,,,,,5000,2,5002,,,13,",
                "2003,2026-11-20T14:10:00Z,2026-11-20T14:09:00Z,,,,,5000,2,5002,,,13,",
                "2004,2026-11-20T14:10:00Z,2026-11-20T14:10:00Z,,,,,5000,2,5002,,,13,"));
    }

    /** The tables after importing {@link #MIXED_FILES} from America/Los_Angeles, rows ordered by key. */
    private static final Map<String, List<String>> EXPECTED_TABLES = Map.of(
            "agent", List.of(
                    "5001 | 5000 | null | Alice Renamed",
                    "5002 | 5000 | null | Bob, Jr."),
            "media_routing_domain", List.of(
                    "1 | Voice | VOICE | 1200 | 30 | 28800",
                    "2 | Chat | CHAT | 600 | 30 | 28800"),
            "outage", List.of(
                    "o-mr | MR_PG | null | null | 2 | 2026-11-20T14:05:00Z | null | CONFIRMED | IMPORTED | last wins",
                    "o-pim | PIM | A | 5000 | null | 2026-11-20T22:00:00Z | 2026-11-20T22:30:00Z | CONFIRMED | IMPORTED"
                            + " | PIM down,\nside A"),
            "agent_state_trace", List.of(
                    "1001.000000 | 2026-11-20T21:01:17.196Z | 60 | 5001 | 1 | 3 | null | null",
                    "1002.000000 | 2026-11-20T21:02:00.500Z | -420 | 5001 | 1 | 3 | null | READY",
                    "1003.000000 | 2026-11-20T22:03:00Z | null | 5001 | 1 | 4 | null | null"),
            "termination_call_detail", List.of(
                    "2001.000000 | 2026-11-20T21:00:00Z | 2026-11-20T21:05:00Z | -420 | 151234 | 99000000001 | GUID-1"
                            + " | 5000 | 2 | 5001 | null | null | 13 | 1",
                    "2002.000000 | 2026-11-20T14:10:00Z | null | null | null | null | null | 5000 | 2 | 5002 | null"
                            + " | null | 13 | null",
                    "2004.000000 | 2026-11-20T14:10:00Z | 2026-11-20T14:10:00Z | null | null | null | null | 5000 | 2"
                            + " | 5002 | null | null | 13 | null"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsEveryGoodRowAndRejectsEveryBadOneWithItsLine(TestDatabase kind) throws Exception {
        writeMixedFiles();
        try (var db = kind.create(); var context = db.start(Map.of())) {
            ImportReport report = importer(context).importDirectory(dir, LOS_ANGELES);

            assertThat(report.files()).extracting(this::counts).containsExactly(
                    "agent.csv 5 read, 3 loaded, 2 rejected",
                    "media_routing_domain.csv 3 read, 2 loaded, 1 rejected",
                    "outage.csv 7 read, 3 loaded, 4 rejected",
                    "agent_state_trace.csv 9 read, 4 loaded, 5 rejected",
                    "termination_call_detail.csv 4 read, 3 loaded, 1 rejected");
            assertThat(report.totalRejected()).isEqualTo(13);
            assertThat(tables(dsl(context))).isEqualTo(EXPECTED_TABLES);
            assertThat(rejects(dsl(context))).containsExactly(
                    reject("agent.csv", 4, "record has 2 fields, the header 4"),
                    reject("agent.csv", 5, "skill_target_id: 12.0 is not an integer"),
                    reject("agent_state_trace.csv", 5, "agent_state: 17 is outside 0-14"),
                    reject("agent_state_trace.csv", 6, "skill_target_id: 12.0 is not an integer"),
                    reject("agent_state_trace.csv", 7,
                            "bad quoting: text after the closing quote of a field (write \"\" for a quote inside it)"),
                    reject("agent_state_trace.csv", 8, "not valid UTF-8 (bytes shown as \uFFFD)"),
                    reject("agent_state_trace.csv", 10,
                            "date_time: 2026-03-08T02:30:00 does not exist in America/Los_Angeles"),
                    reject("media_routing_domain.csv", 4,
                            "media_class: email is not one of VOICE, CHAT, EMAIL, TASK, OTHER"),
                    reject("outage.csv", 5, "component: PIMM is not one of PIM, PG, CTI_MANAGER, FINESSE, "
                            + "AGENT_PG_CTI, MR_PG, MR_PIM, ROUTER_LINK, CHAT_SERVER"),
                    reject("outage.csv", 6, "mr_domain_id: required for component MR_PIM"),
                    reject("outage.csv", 7, "ended_at: 2026-11-20T14:00Z is not after started_at 2026-11-20T15:00Z"),
                    reject("outage.csv", 9, "mr_domain_id: required for component CHAT_SERVER"),
                    reject("termination_call_detail.csv", 4, "date_time: the task ends at 2026-11-20T14:09Z, "
                            + "before it starts (start_date_time 2026-11-20T14:10Z)"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importingAgainReplacesRowsInsteadOfDuplicatingThem(TestDatabase kind) throws Exception {
        writeMixedFiles();
        try (var db = kind.create(); var context = db.start(Map.of())) {
            ImportReport first = importer(context).importDirectory(dir, LOS_ANGELES);
            ImportReport second = importer(context).importDirectory(dir, LOS_ANGELES);

            assertThat(second.files()).extracting(this::counts)
                    .isEqualTo(first.files().stream().map(this::counts).toList());
            assertThat(tables(dsl(context))).isEqualTo(EXPECTED_TABLES);
            assertThat(dsl(context).fetchCount(IMPORT_REJECT)).as("each import logs its rejects").isEqualTo(26);
        }
    }

    /** A later extract changes some rows the table holds and brings new ones: both land, nothing is lost. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLaterFileChangesTheRowsItRepeatsAndAddsTheNewOnes(TestDatabase kind) throws Exception {
        String header = "recovery_key,date_time,skill_target_id,mr_domain_id,agent_state";
        try (var db = kind.create(); var context = db.start(Map.of())) {
            write("agent_state_trace.csv", List.of(header, "1,2026-11-20T14:00:00Z,5001,1,3",
                    "2,2026-11-20T14:01:00Z,5001,1,2", "3,2026-11-20T14:02:00Z,5001,1,4"));
            importer(context).importDirectory(dir, ImportOptions.defaults());
            write("agent_state_trace.csv", List.of(header, "2,2026-11-20T14:01:00Z,5001,1,7",
                    "4,2026-11-20T14:03:00Z,5001,1,0"));
            importer(context).importDirectory(dir, ImportOptions.defaults());

            assertThat(dsl(context).select(AGENT_STATE_TRACE.RECOVERY_KEY, AGENT_STATE_TRACE.AGENT_STATE)
                    .from(AGENT_STATE_TRACE).orderBy(AGENT_STATE_TRACE.RECOVERY_KEY)
                    .fetch(row -> row.value1().intValue() + ":" + row.value2()))
                    .containsExactly("1:3", "2:7", "3:4", "4:0");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void mapsCtiStateCodes(TestDatabase kind) throws Exception {
        write("agent_state_trace.csv", List.of(
                "recovery_key,date_time,skill_target_id,mr_domain_id,agent_state",
                "1,2026-11-20T14:00:00Z,5001,1,0",
                "2,2026-11-20T14:01:00Z,5001,1,1",
                "3,2026-11-20T14:02:00Z,5001,1,2"));
        try (var db = kind.create(); var context = db.start(Map.of())) {
            importer(context).importDirectory(dir, new ImportOptions(StateCodes.CTI, ZoneId.of("UTC")));

            assertThat(dsl(context).select(AGENT_STATE_TRACE.AGENT_STATE).from(AGENT_STATE_TRACE)
                    .orderBy(AGENT_STATE_TRACE.RECOVERY_KEY).fetch(AGENT_STATE_TRACE.AGENT_STATE))
                    .containsExactly((short) 1, (short) 0, (short) 2);
        }
    }

    /**
     * Each key comes twice in a row, and keys 0-2999 come again after 5,000 other keys: they repeat within a batch
     * (which PostgreSQL's rewritten batches must not see) and across batches.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void upsertsMoreRowsThanOneBatchWithTheLastRowOfEachKeyWinning(TestDatabase kind) throws Exception {
        int rows = 20_000;
        int keys = 7_000;
        OffsetDateTime base = OffsetDateTime.parse("2026-11-20T00:00:00Z");
        List<String> lines = new ArrayList<>();
        lines.add("recovery_key,date_time,skill_target_id,mr_domain_id,agent_state");
        for (int i = 0; i < rows; i++) {
            lines.add((i / 2 % keys) + "," + base.plusSeconds(i) + ",5001,1,3");
        }
        write("agent_state_trace.csv", lines);
        try (var db = kind.create(); var context = db.start(Map.of())) {
            ImportReport report = importer(context).importDirectory(dir, ImportOptions.defaults());

            assertThat(report.files()).extracting(this::counts)
                    .containsExactly("agent_state_trace.csv 20000 read, 20000 loaded, 0 rejected");
            Map<BigDecimal, OffsetDateTime> loaded = dsl(context)
                    .select(AGENT_STATE_TRACE.RECOVERY_KEY, AGENT_STATE_TRACE.DATE_TIME).from(AGENT_STATE_TRACE)
                    .fetchMap(AGENT_STATE_TRACE.RECOVERY_KEY, AGENT_STATE_TRACE.DATE_TIME);
            assertThat(loaded).hasSize(keys);
            assertThat(loaded.get(new BigDecimal("0.000000"))).isEqualTo(base.plusSeconds(14_001));
            assertThat(loaded.get(new BigDecimal("2999.000000"))).isEqualTo(base.plusSeconds(19_999));
            assertThat(loaded.get(new BigDecimal("3000.000000"))).isEqualTo(base.plusSeconds(6_001));
            assertThat(loaded.get(new BigDecimal("6999.000000"))).isEqualTo(base.plusSeconds(13_999));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rejectsAFileWithoutARequiredColumnAsAWholeAndLoadsTheOthers(TestDatabase kind) throws Exception {
        write("agent.csv", List.of("peripheral_id,enterprise_name", "5000,Alice"));
        write("media_routing_domain.csv", List.of("mr_domain_id,media_class", "1,VOICE"));
        try (var db = kind.create(); var context = db.start(Map.of())) {
            ImportReport report = importer(context).importDirectory(dir, ImportOptions.defaults());

            assertThat(report.files()).extracting(this::counts).containsExactly(
                    "agent.csv 0 read, 0 loaded, 1 rejected",
                    "media_routing_domain.csv 1 read, 1 loaded, 0 rejected");
            assertThat(rejects(dsl(context))).containsExactly(
                    "agent.csv:1: missing required column skill_target_id [peripheral_id,enterprise_name]");
            assertThat(dsl(context).fetchCount(AGENT)).isZero();
            assertThat(dsl(context).fetchCount(MEDIA_ROUTING_DOMAIN)).isOne();
        }
    }

    @Test
    void loadsTheSameTablesOnH2AndPostgres() throws Exception {
        writeMixedFiles();
        Map<String, List<String>> h2 = importAndDump(TestDatabase.H2);
        Map<String, List<String>> postgres = importAndDump(TestDatabase.POSTGRES);

        assertThat(postgres).isEqualTo(h2);
    }

    @Test
    void refusesADirectoryOrFileItCannotRead() throws Exception {
        Files.createDirectory(dir.resolve("agent.csv"));
        try (var db = TestDatabase.H2.create(); var context = db.start(Map.of())) {
            CsvImporter importer = importer(context);

            assertThatThrownBy(() -> importer.importDirectory(dir.resolve("missing"), ImportOptions.defaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("import: " + dir.resolve("missing") + " is not a directory");
            assertThatThrownBy(() -> importer.importDirectory(dir, ImportOptions.defaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("import: cannot read " + dir.resolve("agent.csv") + " (not a readable file)");
        }
    }

    private Map<String, List<String>> importAndDump(TestDatabase kind) throws Exception {
        try (var db = kind.create(); var context = db.start(Map.of())) {
            importer(context).importDirectory(dir, LOS_ANGELES);
            Map<String, List<String>> dump = new LinkedHashMap<>(tables(dsl(context)));
            dump.put("import_reject", rejects(dsl(context)));
            return dump;
        }
    }

    private String counts(ImportReport.FileResult file) {
        return file.file() + " " + file.rowsRead() + " read, " + file.rowsLoaded() + " loaded, " + file.rowsRejected()
                + " rejected";
    }

    /** A reject of the mixed files: its raw text is the line as written. */
    private static String reject(String file, int line, String reason) {
        return file + ":" + line + ": " + reason + " [" + MIXED_FILES.get(file).get(line - 1) + "]";
    }

    private static Map<String, List<String>> tables(DSLContext dsl) {
        return List.of(AGENT, MEDIA_ROUTING_DOMAIN, OUTAGE, AGENT_STATE_TRACE, TERMINATION_CALL_DETAIL).stream()
                .collect(Collectors.toMap(Table::getName, table -> rows(dsl, table)));
    }

    private static List<String> rows(DSLContext dsl, Table<?> table) {
        return dsl.selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetch().stream()
                .map(ImporterFunctionalTests::format).toList();
    }

    /** Ordered in Java: the databases collate '.' and '_' differently. */
    private static List<String> rejects(DSLContext dsl) {
        return dsl.selectFrom(IMPORT_REJECT).fetch().stream()
                .sorted(Comparator.comparing(ImportRejectRecord::getFile).thenComparing(ImportRejectRecord::getLine))
                .map(r -> r.getFile() + ":" + r.getLine() + ": " + r.getReason() + " [" + r.getRaw() + "]")
                .toList();
    }

    private static String format(Record record) {
        return record.intoStream().map(ImporterFunctionalTests::format).collect(Collectors.joining(" | "));
    }

    private static String format(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return String.valueOf(value);
    }

    private void writeMixedFiles() throws IOException {
        for (Map.Entry<String, List<String>> file : MIXED_FILES.entrySet()) {
            write(file.getKey(), file.getValue());
        }
    }

    /** Writes the lines as UTF-8, except that U+FFFD becomes the byte 0xE9, which is not UTF-8 on its own. */
    private void write(String name, List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] parts = (String.join("\n", lines) + "\n").split("\uFFFD", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                bytes.write(0xE9);
            }
            bytes.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static CsvImporter importer(ConfigurableApplicationContext context) {
        return context.getBean(CsvImporter.class);
    }

    private static DSLContext dsl(ConfigurableApplicationContext context) {
        return context.getBean(DSLContext.class);
    }
}
