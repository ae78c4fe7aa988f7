package org.outagerecon.cli;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TXTFormat;
import org.jooq.impl.DSL;
import org.outagerecon.domain.OutageStatus;
import org.outagerecon.outages.OutageListing;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "outages", mixinStandardHelpOptions = true,
        description = "List the outages (with --from/--to: those overlapping [from, to)): id, component, scope, "
                + "start, end, status, origin, and the agents and tasks the last runs of their days changed.")
class OutagesCommand extends DatabaseCommand {

    @ArgGroup(exclusive = false)
    InstantRange range;

    @Option(names = "--status", paramLabel = "S", description = "Only outages of this status (${COMPLETION-CANDIDATES}).")
    OutageStatus status;

    private static final List<Field<?>> COLUMNS = List.of(column("outage_id", String.class),
            column("component", String.class), column("scope", String.class), column("started_at", Instant.class),
            column("ended_at", Instant.class), column("status", String.class), column("origin", String.class),
            column("agents", Integer.class), column("tasks", Integer.class));

    @Override
    protected void validate() {
        if (range != null) {
            range.window();
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        List<OutageListing.Listed> outages = context.getBean(OutageListing.class)
                .list(range == null ? null : range.window(), status);
        DSLContext dsl = context.getBean(DSLContext.class);
        Result<Record> table = dsl.newResult(COLUMNS);
        for (OutageListing.Listed outage : outages) {
            Record row = dsl.newRecord(COLUMNS);
            row.fromArray(outage.id(), outage.component(), outage.scope(), outage.start(), outage.end(),
                    outage.status(), outage.origin(), outage.agents(), outage.tasks());
            row.changed(false); // TXTFormat marks changed values with '*'
            table.add(row);
        }
        out().print(table.format(new TXTFormat().maxRows(Integer.MAX_VALUE).maxColWidth(60)));
        out().println("(" + outages.size() + " outages)");
        return 0;
    }

    private static <T> Field<T> column(String name, Class<T> type) {
        return DSL.field(DSL.name(name), type);
    }
}
