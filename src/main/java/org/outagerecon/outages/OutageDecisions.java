package org.outagerecon.outages;

import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.outagerecon.db.recon.tables.records.OutageRecord;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.OutageCheck;
import org.outagerecon.domain.OutageId;
import org.outagerecon.domain.OutageOrigin;
import org.outagerecon.domain.OutageStatus;
import org.outagerecon.job.WindowBusyException;
import org.outagerecon.job.WindowLock;
import org.outagerecon.system.BadInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * rules.md §8.3: a person confirms a suspected outage (correcting its end or component), dismisses it, or records
 * one by hand. Each decision is one transaction on recon.outage alone, holding the outage's row (FOR UPDATE
 * NOWAIT): two decisions on one outage never interleave, and a run that is replacing the suspected outages of
 * its window (its transaction holds that row) makes the decision exit with 4 rather than wait for it. Bad input
 * throws {@link BadInputException} before anything is written, so the transaction changes nothing.
 */
@Service
public class OutageDecisions {

    /** The outage as it is after the decision, and whether the decision changed it. */
    public record Decided(OutageRecord outage, boolean changed) {
    }

    /** An outage recorded by hand ({@code outage add}); {@code id} null: made from the others. */
    public record ManualOutage(String id, Component component, Integer peripheralId, Integer mrDomainId, String side,
                               Instant start, Instant end, String note) {
    }

    static final String MANUAL_ID_PREFIX = "MANUAL";

    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    public OutageDecisions(DSLContext dsl, PlatformTransactionManager transactionManager) {
        this.dsl = dsl;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Status CONFIRMED, origin kept (INFERRED, MANUAL or IMPORTED), with the corrections given (null: kept). An
     * already confirmed outage without a correction that differs is left as it is.
     */
    public Decided confirm(String id, Instant end, Component component) {
        return inTransaction(() -> {
            OutageRecord outage = locked(id);
            if (OutageStatus.DISMISSED.name().equals(outage.getStatus())) {
                throw new BadInputException("outage '" + id + "' was dismissed and cannot be confirmed; record it by "
                        + "hand instead (outage add)");
            }
            Component confirmedComponent = component != null ? component : Component.valueOf(outage.getComponent());
            OffsetDateTime confirmedEnd = end != null ? Instants.utc(end.toEpochMilli()) : outage.getEndedAt();
            requireSound("cannot confirm outage '" + id + "'", confirmedComponent, outage.getPeripheralId(),
                    outage.getMrDomainId(), outage.getStartedAt(), confirmedEnd);
            boolean unchanged = OutageStatus.CONFIRMED.name().equals(outage.getStatus())
                    && confirmedComponent.name().equals(outage.getComponent())
                    && millisOrOpen(confirmedEnd) == millisOrOpen(outage.getEndedAt());
            if (unchanged) {
                return new Decided(outage, false);
            }
            dsl.update(OUTAGE).set(OUTAGE.STATUS, OutageStatus.CONFIRMED.name())
                    .set(OUTAGE.COMPONENT, confirmedComponent.name())
                    .set(OUTAGE.ENDED_AT, confirmedEnd)
                    .where(OUTAGE.OUTAGE_ID.eq(id)).execute();
            return new Decided(fetch(id).orElseThrow(), true);
        });
    }

    /** Status DISMISSED: only a suspected outage can be dismissed; dismissing it again changes nothing. */
    public Decided dismiss(String id) {
        return inTransaction(() -> {
            OutageRecord outage = locked(id);
            if (OutageStatus.DISMISSED.name().equals(outage.getStatus())) {
                return new Decided(outage, false);
            }
            if (!OutageStatus.SUSPECTED.name().equals(outage.getStatus())) {
                throw new BadInputException("outage '" + id + "' is " + outage.getStatus() + " (origin "
                        + outage.getOrigin() + "); only a suspected outage can be dismissed");
            }
            dsl.update(OUTAGE).set(OUTAGE.STATUS, OutageStatus.DISMISSED.name())
                    .where(OUTAGE.OUTAGE_ID.eq(id)).execute();
            return new Decided(fetch(id).orElseThrow(), true);
        });
    }

    /**
     * Records an outage by hand: CONFIRMED, origin MANUAL, scope columns as given (data-contract.md §1 checks them
     * like an outage.csv row). Without an id it gets {@code MANUAL-<component>-<scope>-<start>} (rules.md §8.3's
     * form). An id that exists already is bad input: a decision never overwrites another outage.
     */
    public OutageRecord add(ManualOutage manual) {
        OffsetDateTime start = Instants.utc(manual.start().toEpochMilli());
        OffsetDateTime end = manual.end() == null ? null : Instants.utc(manual.end().toEpochMilli());
        requireSound("cannot add the outage", manual.component(), manual.peripheralId(), manual.mrDomainId(), start,
                end);
        Integer scope = manual.component().scope() == Component.Scope.PERIPHERAL ? manual.peripheralId()
                : manual.mrDomainId();
        String id = manual.id() != null ? manual.id()
                : OutageId.of(MANUAL_ID_PREFIX, manual.component(), scope, manual.start().toEpochMilli());
        requireFits(OUTAGE.OUTAGE_ID, id, "--id");
        requireFits(OUTAGE.SIDE, manual.side(), "--side");
        requireFits(OUTAGE.NOTE, manual.note(), "--note");
        return inTransaction(() -> {
            int inserted = dsl.insertInto(OUTAGE).set(new OutageRecord(id, manual.component().name(), manual.side(),
                            manual.peripheralId(), manual.mrDomainId(), start, end, OutageStatus.CONFIRMED.name(),
                            OutageOrigin.MANUAL.name(), manual.note()))
                    .onConflictDoNothing().execute();
            if (inserted == 0) {
                OutageRecord existing = fetch(id).orElseThrow();
                throw new BadInputException("an outage with id '" + id + "' exists already (" + existing.getStatus()
                        + ", origin " + existing.getOrigin() + "); give another --id");
            }
            return fetch(id).orElseThrow();
        });
    }

    /** The outage's row, held until the transaction ends; bad input when there is none. */
    private OutageRecord locked(String id) {
        try {
            return dsl.selectFrom(OUTAGE).where(OUTAGE.OUTAGE_ID.eq(id)).forUpdate().noWait().fetchOptional()
                    .orElseThrow(() -> new BadInputException("no outage with id '" + id + "' (see: outages)"));
        } catch (RuntimeException e) {
            if (WindowLock.heldByAnother(e)) {
                throw new WindowBusyException("outage '" + id + "' is being changed by a run or another decision; "
                        + "try again when it has finished", e);
            }
            throw e;
        }
    }

    private Optional<OutageRecord> fetch(String id) {
        return dsl.selectFrom(OUTAGE).where(OUTAGE.OUTAGE_ID.eq(id)).fetchOptional();
    }

    private static void requireSound(String what, Component component, Integer peripheralId, Integer mrDomainId,
                                     OffsetDateTime start, OffsetDateTime end) {
        OutageCheck.problem(component, peripheralId, mrDomainId, start, end).ifPresent(problem -> {
            throw new BadInputException(what + ": " + problem);
        });
    }

    private static void requireFits(Field<String> column, String value, String option) {
        int length = column.getDataType().length();
        if (value != null && value.length() > length) {
            throw new BadInputException(option + ": " + value.length() + " characters, at most " + length + " fit");
        }
    }

    private static long millisOrOpen(OffsetDateTime time) {
        return time == null ? Long.MAX_VALUE : Instants.millis(time);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
