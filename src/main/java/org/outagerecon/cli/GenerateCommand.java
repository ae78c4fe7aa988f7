package org.outagerecon.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.outagerecon.generate.DatasetGenerator.GeneratorSettings;
import org.outagerecon.generate.DatasetGenerator;
import org.outagerecon.generate.RowCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic dataset for {@code import} (see DatasetGenerator). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic HDS extract with outages (agent.csv, media_routing_domain.csv, "
                + "agent_state_trace.csv, termination_call_detail.csv, outage.csv) for import --dir. "
                + "The same options always write the same bytes.")
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "36", paramLabel = "N",
            description = "Agents, at least 12 (the scenario agents); default ${DEFAULT-VALUE}.")
    int agents;

    @Option(names = "--days", defaultValue = "1", paramLabel = "D", description = "Days; default ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Random seed; default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--first-day", defaultValue = "2026-11-19", paramLabel = "YYYY-MM-DD",
            description = "First day (site time, UTC-7); default ${DEFAULT-VALUE}.")
    LocalDate firstDay;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files to.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        RowCounts rows = new DatasetGenerator(new GeneratorSettings(agents, days, seed, firstDay)).generate(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "generate: rows %s; %.1f seconds%n", rows, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
