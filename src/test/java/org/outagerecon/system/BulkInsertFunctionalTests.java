package org.outagerecon.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outagerecon.domain.Provenance;
import org.outagerecon.support.ReconTestRun;
import org.outagerecon.support.TestDatabase;

/** Every kind of value the writers send arrives as it was, over COPY (PostgreSQL) as over JDBC batches (H2). */
class BulkInsertFunctionalTests {

    private static final Table<Record> TABLE = DSL.table(DSL.name("bulk_insert_test"));
    private static final Field<Integer> INT = DSL.field(DSL.name("i"), SQLDataType.INTEGER);
    private static final Field<Long> BIG = DSL.field(DSL.name("l"), SQLDataType.BIGINT);
    private static final Field<Short> SMALL = DSL.field(DSL.name("s"), SQLDataType.SMALLINT);
    private static final Field<BigDecimal> NUMBER = DSL.field(DSL.name("d"), SQLDataType.DECIMAL(30, 6));
    private static final Field<String> TEXT = DSL.field(DSL.name("t"), SQLDataType.VARCHAR(100));
    private static final Field<Boolean> BOOL = DSL.field(DSL.name("b"), SQLDataType.BOOLEAN);
    private static final Field<OffsetDateTime> TIME = DSL.field(DSL.name("ts"),
            SQLDataType.TIMESTAMPWITHTIMEZONE(3));
    private static final List<Field<?>> FIELDS = List.of(INT, BIG, SMALL, NUMBER, TEXT, BOOL, TIME);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void valuesArriveAsTheyWere(TestDatabase kind) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {0, 0L, (short) 0, new BigDecimal("0.000000"), "", false,
                OffsetDateTime.parse("1970-01-01T00:00:00Z")});
        rows.add(new Object[] {-2_147_483_648, Long.MIN_VALUE, (short) -32768, new BigDecimal("-12345678901234567890.123456"),
                "tab\\there, new\\nline, back\\\\slash, cr\\r", true, OffsetDateTime.parse("2026-11-19T14:02:13.579-07:00")});
        rows.add(new Object[] {2_147_483_647, Long.MAX_VALUE, (short) 32767, new BigDecimal("1795096933579000000.000000"),
                "Größe 予約済み \\\\N", null, OffsetDateTime.parse("2026-03-08T07:00:00.001+05:45")});
        rows.add(new Object[] {null, null, null, null, null, null, null});
        rows.add(new Object[] {7, 7L, (short) 7, new BigDecimal("7.000000"), Provenance.RECONSTRUCTED, true,
                OffsetDateTime.parse("9999-12-31T23:59:59.999Z")});
        try (ReconTestRun run = ReconTestRun.start(kind)) {
            DSLContext dsl = run.dsl();
            dsl.createTable(TABLE).columns(FIELDS).execute();
            try (Connection connection = run.bean(DataSource.class).getConnection()) {
                connection.setAutoCommit(false);
                try (BulkInsert insert = BulkInsert.into(dsl, connection, TABLE, FIELDS)) {
                    for (Object[] row : rows) {
                        insert.add(row);
                    }
                    insert.flush();
                    insert.add(rows.get(0));
                    assertThat(insert.written()).isEqualTo(rows.size() + 1);
                }
                connection.commit();
            }
            List<String> read = dsl.select(FIELDS).from(TABLE).orderBy(INT.asc().nullsLast(), TEXT).fetch()
                    .map(record -> describe(record.intoArray()));
            List<String> expected = new ArrayList<>(rows.stream().map(BulkInsertFunctionalTests::describe).toList());
            expected.add(1, describe(rows.get(0)));
            assertThat(read).containsExactlyElementsOf(expected.stream().sorted(BulkInsertFunctionalTests::byFirst)
                    .toList());
        }
    }

    /** Values as text, instants in UTC, numbers without their scale, enums by name. */
    private static String describe(Object[] values) {
        List<String> text = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof OffsetDateTime time) {
                text.add(time.toInstant().toString());
            } else if (value instanceof BigDecimal number) {
                text.add(number.stripTrailingZeros().toPlainString());
            } else if (value instanceof Enum<?> constant) {
                text.add(constant.name());
            } else {
                text.add(String.valueOf(value));
            }
        }
        return String.join("|", text);
    }

    /** The order of the query: by the first column, nulls last, then the text column. */
    private static int byFirst(String a, String b) {
        String[] x = a.split("\\|", -1);
        String[] y = b.split("\\|", -1);
        if (!x[0].equals(y[0])) {
            if (x[0].equals("null")) {
                return 1;
            }
            if (y[0].equals("null")) {
                return -1;
            }
            return Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        }
        return x[4].compareTo(y[4]);
    }
}
