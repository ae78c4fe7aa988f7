package org.outagerecon.support;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.hds.Tables.TERMINATION_CALL_DETAIL;
import static org.outagerecon.db.recon.Tables.AGENT_INTERVAL;
import static org.outagerecon.db.recon.Tables.AGENT_LOGOUT;
import static org.outagerecon.db.recon.Tables.AGENT_STATE_SPAN;
import static org.outagerecon.db.recon.Tables.OUTAGE;
import static org.outagerecon.db.recon.Tables.REPORTING_GAP;
import static org.outagerecon.db.recon.Tables.TASK;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The reconciled and the imported tables as sorted lines of text, the same on H2 and PostgreSQL: instants in UTC
 * ISO form, numbers without their database type. Whole tables are compared this way.
 */
public final class TableDump {

    public static final List<Table<?>> RECONCILED = List.of(AGENT_STATE_SPAN, AGENT_LOGOUT, TASK, REPORTING_GAP,
            AGENT_INTERVAL);

    /** The tables {@code import} fills (data-contract.md §1). */
    public static final List<Table<?>> IMPORTED = List.of(AGENT, MEDIA_ROUTING_DOMAIN, OUTAGE, AGENT_STATE_TRACE,
            TERMINATION_CALL_DETAIL);

    private TableDump() {
    }

    /** Table name → its rows, one line each, sorted. */
    public static Map<String, List<String>> reconciled(DSLContext dsl) {
        return dump(dsl, RECONCILED);
    }

    /** Table name → its rows, one line each, sorted. */
    public static Map<String, List<String>> imported(DSLContext dsl) {
        return dump(dsl, IMPORTED);
    }

    private static Map<String, List<String>> dump(DSLContext dsl, List<Table<?>> tables) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (Table<?> table : tables) {
            dump.put(table.getName(), rows(dsl, table));
        }
        return dump;
    }

    public static List<String> rows(DSLContext dsl, Table<?> table) {
        return dsl.selectFrom(table).fetch().stream().map(TableDump::line).sorted().toList();
    }

    public static String line(Record record) {
        return record.intoStream().map(TableDump::text).collect(Collectors.joining("|"));
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
