package org.outagerecon.outages;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.select;
import static org.outagerecon.db.recon.Tables.AGENT_LOGOUT;
import static org.outagerecon.db.recon.Tables.AGENT_STATE_SPAN;
import static org.outagerecon.db.recon.Tables.OUTAGE;
import static org.outagerecon.db.recon.Tables.REPORTING_GAP;
import static org.outagerecon.db.recon.Tables.TASK;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.OutageStatus;
import org.outagerecon.domain.Window;
import org.springframework.stereotype.Service;

/**
 * The outages with what the last runs of their days changed (README "Confirming, correcting and dismissing
 * outages", which gives the same definition as SQL): {@code agents} = the distinct agents of the
 * recon.agent_state_span and recon.reporting_gap rows that carry the outage's id (a gap of a whole scope names
 * no agent), {@code tasks} = the recon.task rows that carry it. A suspected or dismissed outage changes nothing.
 */
@Service
public class OutageListing {

    /** One outage as {@code outages} shows it; {@code end} null: open. */
    public record Listed(String id, String component, String scope, Instant start, Instant end, String status,
                         String origin, int agents, int tasks) {
    }

    private final DSLContext dsl;

    public OutageListing(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The outages overlapping {@code window} (null: all) with {@code status} (null: any), by start and id.
     */
    public List<Listed> list(Window window, OutageStatus status) {
        Condition chosen = DSL.noCondition();
        if (window != null) {
            chosen = chosen.and(OUTAGE.STARTED_AT.lt(Instants.utc(window.to())))
                    .and(OUTAGE.ENDED_AT.isNull().or(OUTAGE.ENDED_AT.gt(Instants.utc(window.from()))));
        }
        if (status != null) {
            chosen = chosen.and(OUTAGE.STATUS.eq(status.name()));
        }
        var chosenIds = select(OUTAGE.OUTAGE_ID).from(OUTAGE).where(chosen);
        var span = AGENT_STATE_SPAN;
        var gap = REPORTING_GAP;
        Table<?> changedAgents = select(span.OUTAGE_ID, span.SKILL_TARGET_ID).from(span)
                .where(span.OUTAGE_ID.in(chosenIds))
                .union(select(gap.OUTAGE_ID, gap.SKILL_TARGET_ID).from(gap)
                        .where(gap.OUTAGE_ID.in(chosenIds), gap.SKILL_TARGET_ID.isNotNull()))
                .asTable("changed_agents");
        Field<String> agentsOutage = changedAgents.field(span.OUTAGE_ID);
        Field<Integer> agentsCount = countDistinct(changedAgents.field(span.SKILL_TARGET_ID)).as("agents");
        Table<?> agents = select(agentsOutage, agentsCount).from(changedAgents).groupBy(agentsOutage)
                .asTable("agents");
        Field<Integer> tasksCount = count().as("tasks");
        Table<?> tasks = select(TASK.OUTAGE_ID, tasksCount).from(TASK).where(TASK.OUTAGE_ID.in(chosenIds))
                .groupBy(TASK.OUTAGE_ID).asTable("tasks");
        Field<Integer> agentsChanged = coalesce(agents.field(agentsCount), 0).as("agents_changed");
        Field<Integer> tasksChanged = coalesce(tasks.field(tasksCount), 0).as("tasks_changed");
        return dsl.select(OUTAGE.fields()).select(agentsChanged, tasksChanged)
                .from(OUTAGE)
                .leftJoin(agents).on(agents.field(agentsOutage).eq(OUTAGE.OUTAGE_ID))
                .leftJoin(tasks).on(tasks.field(TASK.OUTAGE_ID).eq(OUTAGE.OUTAGE_ID))
                .where(chosen)
                .orderBy(OUTAGE.STARTED_AT, OUTAGE.OUTAGE_ID)
                .fetch(row -> new Listed(row.get(OUTAGE.OUTAGE_ID), row.get(OUTAGE.COMPONENT),
                        scope(row.get(OUTAGE.COMPONENT), row.get(OUTAGE.PERIPHERAL_ID), row.get(OUTAGE.MR_DOMAIN_ID),
                                row.get(OUTAGE.SIDE)),
                        row.get(OUTAGE.STARTED_AT).toInstant(),
                        row.get(OUTAGE.ENDED_AT) == null ? null : row.get(OUTAGE.ENDED_AT).toInstant(),
                        row.get(OUTAGE.STATUS), row.get(OUTAGE.ORIGIN), row.get(agentsChanged),
                        row.get(tasksChanged)));
    }

    /**
     * The scope columns the component uses (data-contract.md §1), and the side: "peripheral 5000 side A",
     * "peripheral 5000, MRD 2" (an AGENT_PG_CTI outage naming an MRD), "MRD 3".
     */
    public static String scope(String componentName, Integer peripheralId, Integer mrDomainId, String side) {
        Component component = Component.valueOf(componentName);
        StringBuilder scope = new StringBuilder();
        if (component.scope() == Component.Scope.PERIPHERAL) {
            scope.append("peripheral ").append(peripheralId);
        }
        if (mrDomainId != null && (component.scope() == Component.Scope.MEDIA_ROUTING_DOMAIN
                || component == Component.AGENT_PG_CTI)) {
            scope.append(scope.isEmpty() ? "" : ", ").append("MRD ").append(mrDomainId);
        }
        if (side != null) {
            scope.append(" side ").append(side);
        }
        return scope.toString();
    }

    /** Rows that carry the outage's id, per reconciled table: what a rerun of the outage changed. */
    public Map<String, Integer> rowsPerTable(String outageId) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (TableField<?, String> outageColumn : List.of(AGENT_STATE_SPAN.OUTAGE_ID, AGENT_LOGOUT.OUTAGE_ID,
                TASK.OUTAGE_ID, REPORTING_GAP.OUTAGE_ID)) {
            Table<?> table = outageColumn.getTable();
            rows.put(table.getSchema().getName() + "." + table.getName(),
                    dsl.fetchCount(table, outageColumn.eq(outageId)));
        }
        return rows;
    }
}
