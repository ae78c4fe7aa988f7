package org.outagerecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outagerecon.domain.Rule;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.gap.GapKind;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/**
 * The README's first command on both databases: sample-data/ imports without rejects, exercises every rule and
 * gap kind, and gives identical tables on H2 and PostgreSQL.
 */
class SampleDataFunctionalTests {

    static final Path SAMPLE_DATA = Path.of("sample-data");
    static final Window DAY = ReconTestRun.window("2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");

    /**
     * Every query of the README's "Querying with SQL" runs on the sample day and gives the same rows, in the same
     * order, on H2 and PostgreSQL; all but the run-specific ones (runs, rejects) find something to show.
     */
    @Test
    void theReadmeQueriesRunOnTheSampleDataAlikeOnBothDatabases() throws Exception {
        List<String> queries = readmeQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(7);
        Map<TestDatabase, List<List<String>>> results = new EnumMap<>(TestDatabase.class);
        for (TestDatabase kind : TestDatabase.values()) {
            try (ReconTestRun run = ReconTestRun.start(kind)) {
                run.importDirectory(SAMPLE_DATA);
                run.reconcile(DAY);
                List<List<String>> rows = new ArrayList<>();
                for (String query : queries) {
                    List<String> lines = run.lines(query);
                    boolean runSpecific = query.contains("recon.run") || query.contains("recon.import_reject");
                    if (!runSpecific) {
                        assertThat(lines).as(query).isNotEmpty();
                    }
                    rows.add(runSpecific ? List.of(String.valueOf(lines.size())) : lines);
                }
                results.put(kind, rows);
            }
        }
        assertThat(results.get(TestDatabase.POSTGRES)).isEqualTo(results.get(TestDatabase.H2));
    }

    private static List<String> readmeQueries() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Querying with SQL"), readme.indexOf("## Configuration"));
        List<String> queries = new ArrayList<>();
        Matcher sql = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (sql.find()) {
            queries.add(sql.group(1).strip());
        }
        return queries;
    }

    @Test
    void everyRuleAndGapKindAppearsAndBothDatabasesAgree() throws Exception {
        Map<TestDatabase, Map<String, List<String>>> tables = new EnumMap<>(TestDatabase.class);
        for (TestDatabase kind : TestDatabase.values()) {
            try (ReconTestRun run = ReconTestRun.start(kind)) {
                assertThat(run.importDirectory(SAMPLE_DATA).totalRejected()).isZero();
                run.reconcile(DAY);

                List<String> rules = run.lines("SELECT DISTINCT rule FROM recon.agent_state_span WHERE rule IS NOT NULL"
                        + " UNION SELECT DISTINCT rule FROM recon.task WHERE rule IS NOT NULL");
                assertThat(rules).containsExactlyInAnyOrder(Arrays.stream(Rule.values()).map(Rule::name)
                        .toArray(String[]::new));
                assertThat(run.lines("SELECT DISTINCT kind FROM recon.reporting_gap"))
                        .containsExactlyInAnyOrder(Arrays.stream(GapKind.values()).map(GapKind::name)
                                .toArray(String[]::new));
                assertThat(run.lines("SELECT count(*) FROM recon.task WHERE call_disposition = 42")).isNotEqualTo(
                        List.of("0"));
                tables.put(kind, run.reconciledTables());
            }
        }
        assertThat(tables.get(TestDatabase.POSTGRES)).isEqualTo(tables.get(TestDatabase.H2));
    }

    @Test
    void intervalSecondsAddUpToSpanSecondsPerState() throws Exception {
        try (ReconTestRun run = ReconTestRun.start(TestDatabase.H2)) {
            run.importDirectory(SAMPLE_DATA);
            run.reconcile(DAY);
            // Per agent-MRD and state column: the spans' milliseconds against the intervals' whole seconds, which
            // lose less than a second per interval to rounding.
            String[][] columns = {{"available_s", "agent_state = 3"}, {"not_ready_s", "agent_state = 2"},
                    {"talking_s", "agent_state = 4"}, {"hold_s", "agent_state = 10"}, {"reserved_s", "agent_state = 8"},
                    {"work_ready_s", "agent_state = 6"}, {"work_not_ready_s", "agent_state = 5"},
                    {"busy_other_s", "agent_state = 7"}, {"other_s", "agent_state IN (1, 9, 11, 12, 13, 14)"},
                    {"logged_on_s", "agent_state <> 0 AND provenance <> 'GAP'"}, {"gap_s", "provenance = 'GAP'"},
                    {"outage_logged_off_s", "agent_state = 0 AND provenance = 'RECONSTRUCTED'"}};
            for (String[] column : columns) {
                List<String> mismatches = run.lines("SELECT s.skill_target_id, s.mr_domain_id, s.ms, i.secs, i.n FROM"
                        + " (SELECT skill_target_id, mr_domain_id, SUM(DATEDIFF('MILLISECOND', span_start, span_end)) ms"
                        + "  FROM recon.agent_state_span WHERE " + column[1] + " GROUP BY skill_target_id, mr_domain_id) s"
                        + " LEFT JOIN (SELECT skill_target_id, mr_domain_id, SUM(" + column[0] + ") secs, COUNT(*) n"
                        + "  FROM recon.agent_interval GROUP BY skill_target_id, mr_domain_id) i"
                        + " ON i.skill_target_id = s.skill_target_id AND i.mr_domain_id = s.mr_domain_id"
                        + " WHERE s.ms > 0 AND (i.secs IS NULL OR s.ms / 1000 < i.secs OR s.ms / 1000 - i.secs > i.n)");
                assertThat(mismatches).as(column[0]).isEmpty();
            }
        }
    }
}
