package org.outagerecon.job;

import static org.jooq.impl.DSL.count;
import static org.outagerecon.db.recon.Tables.AGENT_INTERVAL;
import static org.outagerecon.db.recon.Tables.AGENT_LOGOUT;
import static org.outagerecon.db.recon.Tables.AGENT_STATE_SPAN;
import static org.outagerecon.db.recon.Tables.OUTAGE;
import static org.outagerecon.db.recon.Tables.REPORTING_GAP;
import static org.outagerecon.db.recon.Tables.TASK;

import java.io.PrintWriter;
import org.jooq.DSLContext;
import org.jooq.TXTFormat;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.springframework.stereotype.Component;

/** What a reconcile run prints: the window's rows by provenance and rule, its gaps, and a query to go on with. */
@Component
public class RunSummary {

    private final DSLContext dsl;
    private final SuspectedOutageTable suspected;

    public RunSummary(DSLContext dsl, SuspectedOutageTable suspected) {
        this.dsl = dsl;
        this.suspected = suspected;
    }

    public void print(Window window, PrintWriter out) {
        var from = Instants.utc(window.from());
        var to = Instants.utc(window.to());
        var span = AGENT_STATE_SPAN;
        var logout = AGENT_LOGOUT;
        var gap = REPORTING_GAP;
        out.println("Reconciled " + window);
        out.println("\nrecon.agent_state_span by provenance and rule:");
        table(out, dsl.select(span.PROVENANCE, span.RULE, count().as("spans"))
                .from(span).where(span.SPAN_START.ge(from), span.SPAN_START.lt(to))
                .groupBy(span.PROVENANCE, span.RULE).orderBy(span.PROVENANCE, span.RULE).fetch());
        out.println("\nrecon.agent_logout by reason and rule:");
        table(out, dsl.select(logout.REASON_CODE, logout.PROVENANCE, logout.RULE, count().as("logouts"))
                .from(logout).where(logout.LOGOUT_DATE_TIME.ge(from), logout.LOGOUT_DATE_TIME.lt(to))
                .groupBy(logout.REASON_CODE, logout.PROVENANCE, logout.RULE)
                .orderBy(logout.REASON_CODE, logout.PROVENANCE, logout.RULE).fetch());
        out.println("\nrecon.task by provenance and rule:");
        table(out, dsl.select(TASK.PROVENANCE, TASK.RULE, TASK.CALL_DISPOSITION, count().as("tasks"))
                .from(TASK).where(TASK.TASK_START.ge(from), TASK.TASK_START.lt(to))
                .groupBy(TASK.PROVENANCE, TASK.RULE, TASK.CALL_DISPOSITION)
                .orderBy(TASK.PROVENANCE, TASK.RULE, TASK.CALL_DISPOSITION).fetch());
        out.println("\nrecon.reporting_gap by outage and kind:");
        table(out, dsl.select(gap.OUTAGE_ID, gap.COMPONENT, gap.KIND, count().as("gaps"))
                .from(gap).where(gap.GAP_START.ge(from), gap.GAP_START.lt(to))
                .groupBy(gap.OUTAGE_ID, gap.COMPONENT, gap.KIND).orderBy(gap.OUTAGE_ID, gap.KIND).fetch());
        out.println("\nrecon.agent_interval: " + dsl.fetchCount(AGENT_INTERVAL,
                AGENT_INTERVAL.INTERVAL_START.ge(from).and(AGENT_INTERVAL.INTERVAL_START.lt(to))) + " rows");
        out.println("\nNext, for example: java -jar target/outage-recon.jar sql \"SELECT skill_target_id, "
                + "mr_domain_id, span_start, span_end, agent_state, reason_code, rule FROM recon.agent_state_span "
                + "WHERE provenance <> 'SOURCE' ORDER BY span_start, skill_target_id, mr_domain_id\"");
        printSuspected(window, out);
    }

    /**
     * rules.md §8: the outages the run found in the source rows and nobody recorded, each with the command that
     * confirms it, so that whoever reads the scheduler's log sees them.
     */
    private void printSuspected(Window window, PrintWriter out) {
        var outages = suspected.ofWindow(window);
        if (outages.isEmpty()) {
            out.println("\nSuspected outages of the window: none.");
            return;
        }
        out.println("\nSuspected outages of the window (found in the source rows, nobody recorded them; not applied"
                + " until confirmed):");
        var o = OUTAGE;
        for (var outage : outages) {
            out.println("\n" + outage.get(o.OUTAGE_ID) + "  " + outage.get(o.COMPONENT) + "  peripheral "
                    + outage.get(o.PERIPHERAL_ID) + "  " + outage.get(o.STARTED_AT).toInstant() + " – "
                    + (outage.get(o.ENDED_AT) == null ? "open" : outage.get(o.ENDED_AT).toInstant().toString()));
            out.println("  " + outage.get(o.NOTE));
            out.println("  confirm: java -jar target/outage-recon.jar outage confirm " + outage.get(o.OUTAGE_ID));
        }
    }

    private static void table(PrintWriter out, org.jooq.Result<?> result) {
        out.print(result.format(new TXTFormat().maxRows(Integer.MAX_VALUE)));
    }
}
