package org.outagerecon.job;

import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.Window;
import org.outagerecon.rules.detect.SuspectedOutage;
import org.springframework.stereotype.Repository;

/** The SUSPECTED rows of {@code recon.outage} (rules.md §8.3): status SUSPECTED, origin INFERRED. */
@Repository
public class SuspectedOutageTable {

    static final String SUSPECTED = "SUSPECTED";
    static final String INFERRED = "INFERRED";

    private final DSLContext dsl;

    public SuspectedOutageTable(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Replaces the suspected outages that start in the window with those found, in the run's transaction. An id
     * that a person decided on (confirmed or dismissed, whatever its origin) is never recorded again.
     */
    public int replace(Window window, List<SuspectedOutage> found) {
        dsl.deleteFrom(OUTAGE).where(OUTAGE.STATUS.eq(SUSPECTED), OUTAGE.STARTED_AT.ge(Instants.utc(window.from())),
                OUTAGE.STARTED_AT.lt(Instants.utc(window.to()))).execute();
        Set<String> decided = dsl.select(OUTAGE.OUTAGE_ID).from(OUTAGE)
                .where(OUTAGE.OUTAGE_ID.in(found.stream().map(SuspectedOutage::id).toList())).fetchSet(OUTAGE.OUTAGE_ID);
        var insert = dsl.insertInto(OUTAGE, OUTAGE.OUTAGE_ID, OUTAGE.COMPONENT, OUTAGE.PERIPHERAL_ID, OUTAGE.STARTED_AT,
                OUTAGE.ENDED_AT, OUTAGE.STATUS, OUTAGE.ORIGIN, OUTAGE.NOTE);
        int recorded = 0;
        for (SuspectedOutage outage : found) {
            if (!decided.contains(outage.id())) {
                insert = insert.values(outage.id(), outage.component().name(), outage.peripheralId(),
                        Instants.utc(outage.start()), outage.end() == null ? null : Instants.utc(outage.end()),
                        SUSPECTED, INFERRED, fitting(outage.note()));
                recorded++;
            }
        }
        if (recorded > 0) {
            insert.execute();
        }
        return recorded;
    }

    /** The window's suspected outages, by start: what a person reading the run's log should look at. */
    public Result<? extends Record> ofWindow(Window window) {
        return dsl.select(OUTAGE.OUTAGE_ID, OUTAGE.COMPONENT, OUTAGE.PERIPHERAL_ID, OUTAGE.STARTED_AT,
                        OUTAGE.ENDED_AT, OUTAGE.NOTE)
                .from(OUTAGE).where(OUTAGE.STATUS.eq(SUSPECTED), OUTAGE.STARTED_AT.ge(Instants.utc(window.from())),
                        OUTAGE.STARTED_AT.lt(Instants.utc(window.to())))
                .orderBy(OUTAGE.STARTED_AT, OUTAGE.OUTAGE_ID).fetch();
    }

    /** A note as long as the column holds: a burst over very many MRDs must not fail the run's transaction. */
    private static String fitting(String note) {
        int length = OUTAGE.NOTE.getDataType().length();
        return note.length() <= length ? note : note.substring(0, length - 1) + "…";
    }
}
