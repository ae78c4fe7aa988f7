package org.outagerecon.importer;

import static org.outagerecon.db.recon.Tables.IMPORT_WATERMARK;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * recon.import_watermark (data-contract.md §5): per HDS source and table, the highest RecoveryKey loaded. It is
 * advanced in the transaction of the rows it covers, and never goes back (an import {@code --since-key} below it
 * reads old rows again without forgetting the newer ones).
 */
@Component
class Watermarks {

    private final DSLContext dsl;

    Watermarks(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<BigDecimal> of(String source, String table) {
        return dsl.select(IMPORT_WATERMARK.RECOVERY_KEY).from(IMPORT_WATERMARK)
                .where(IMPORT_WATERMARK.SOURCE.eq(source), IMPORT_WATERMARK.TABLE_NAME.eq(table))
                .fetchOptional(IMPORT_WATERMARK.RECOVERY_KEY);
    }

    /** In the caller's transaction. */
    void advance(String source, String table, BigDecimal recoveryKey) {
        dsl.insertInto(IMPORT_WATERMARK)
                .set(IMPORT_WATERMARK.SOURCE, source)
                .set(IMPORT_WATERMARK.TABLE_NAME, table)
                .set(IMPORT_WATERMARK.RECOVERY_KEY, recoveryKey)
                .set(IMPORT_WATERMARK.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onConflict(IMPORT_WATERMARK.SOURCE, IMPORT_WATERMARK.TABLE_NAME).doUpdate()
                .set(IMPORT_WATERMARK.RECOVERY_KEY, DSL.greatest(IMPORT_WATERMARK.RECOVERY_KEY,
                        DSL.excluded(IMPORT_WATERMARK.RECOVERY_KEY)))
                .set(IMPORT_WATERMARK.UPDATED_AT, DSL.excluded(IMPORT_WATERMARK.UPDATED_AT))
                .execute();
    }
}
