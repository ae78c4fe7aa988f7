package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagerecon.db.recon.Tables.IMPORT_REJECT;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.cli.Main;
import org.outagerecon.db.recon.tables.records.ImportRejectRecord;
import org.outagerecon.generate.DatasetGenerator;
import org.outagerecon.importer.CorruptFiles.Import;
import org.outagerecon.importer.CorruptFiles.WrittenLine;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TableDump;
import org.outagerecon.support.TestDatabase;
import picocli.CommandLine;

/**
 * {@code import} on a generated dataset with seeded damage of every kind data-contract.md §1 rejects a row for,
 * mixed with rows that come again with their key, later in the file and in a second import: the command exits with
 * 3, every damaged line and no other is in recon.import_reject with its file and physical line, and the tables hold
 * the last good row of each key, exactly as an import of those rows alone gives them. On H2 and on PostgreSQL.
 */
class CorruptInputFunctionalTests {

    private static final int AGENTS = 20;
    private static final long DATASET_SEED = 11;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 19);
    private static final long DAMAGE_SEED = 20_261_119;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsTheLastGoodRowOfEachKeyAndRejectsEveryDamagedLineWithItsLine(TestDatabase kind) throws Exception {
        Path clean = dir.resolve("clean");
        new DatasetGenerator(new DatasetGenerator.GeneratorSettings(AGENTS, 1, DATASET_SEED, FIRST_DAY))
                .generate(clean);
        CorruptFiles corruptor = new CorruptFiles(DAMAGE_SEED);
        List<Import> imports = List.of(
                corruptor.withLaterRowsAndDamage(clean, dir.resolve("first")),
                corruptor.restatedSampleWithDamage(clean, dir.resolve("second")));
        Import lastGoodRows = CorruptFiles.lastGoodRows(imports, dir.resolve("last-good-rows"));
        assertThat(CorruptFiles.cases(imports)).as("every fault and every way a key comes again is tested")
                .allSatisfy((testCase, count) -> assertThat(count).as(testCase.name()).isPositive());

        try (ReconTestRun run = ReconTestRun.start(kind); ReconTestRun expected = ReconTestRun.start(kind)) {
            for (Import damaged : imports) {
                importAndCheck(run, damaged, Main.REJECTED_ROWS);
            }
            // The good rows alone: no rejects and exit code 0, so the 3 above is the damage's doing.
            importAndCheck(expected, lastGoodRows, 0);

            assertThat(TableDump.imported(run.dsl())).isEqualTo(TableDump.imported(expected.dsl()));
        }
    }

    /** Runs the command on the files and checks its exit code, its counts per file and the rejects it added. */
    private static void importAndCheck(ReconTestRun run, Import files, int exitCode) {
        long lastRejectBefore = lastRejectId(run);
        CommandRun command = importCommand(run, files.dir());

        assertThat(command.exitCode()).as(command.toString()).isEqualTo(exitCode);
        assertThat(command.fileCounts()).isEqualTo(files.counts());
        assertRejects(run.dsl().selectFrom(IMPORT_REJECT).where(IMPORT_REJECT.REJECT_ID.gt(lastRejectBefore)).fetch(),
                files.rejectedLines());
    }

    private static void assertRejects(List<ImportRejectRecord> rejects, Map<String, WrittenLine> damaged) {
        assertThat(rejects).extracting(CorruptInputFunctionalTests::fileAndLine)
                .as("every damaged line and no other").containsExactlyInAnyOrderElementsOf(damaged.keySet());
        assertThat(rejects).allSatisfy(reject -> {
            WrittenLine line = damaged.get(fileAndLine(reject));
            assertThat(reject.getReason()).as(fileAndLine(reject) + " " + line.damage()).contains(line.reason());
            assertThat(reject.getRaw()).as(fileAndLine(reject) + " raw").isEqualTo(line.text());
        });
    }

    private static String fileAndLine(ImportRejectRecord reject) {
        return reject.getFile() + ":" + reject.getLine();
    }

    private static long lastRejectId(ReconTestRun run) {
        Long last = run.dsl().select(DSL.max(IMPORT_REJECT.REJECT_ID)).from(IMPORT_REJECT).fetchOne().value1();
        return last == null ? 0 : last;
    }

    /** The command as a user runs it, in this process. */
    private static CommandRun importCommand(ReconTestRun run, Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exitCode = commandLine.execute("import", "--dir", dir.toString(), "--db", run.dbOption(),
                "--source-zone", CorruptFiles.SOURCE_ZONE);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    private record CommandRun(int exitCode, String out, String err) {

        /** "file rows loaded rejected" per line of the report, without the header and the seconds. */
        List<String> fileCounts() {
            return out.lines().skip(1)
                    .map(line -> String.join(" ", Arrays.asList(line.trim().split("\\s+")).subList(0, 4))).toList();
        }
    }
}
