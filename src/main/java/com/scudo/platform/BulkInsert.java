package com.scudo.platform;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database's fastest way to add many rows: PostgreSQL's COPY (through the driver's CopyManager, as CSV), H2's
 * batched inserts (one prepared statement, every row bound). The rows' values are in the order of {@code fields}. Used for
 * the stage tables that runs write before swapping their results in (analytics' scores, recommendations).
 */
public final class BulkInsert {
    private BulkInsert() {
    }

    public static void insert(DSLContext sql, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (sql.dialect().family() == SQLDialect.POSTGRES) {
            copy(sql, table, fields, rows);
            return;
        }
        BatchBindStep batch = sql.batch(sql.insertInto(table, fields).values(Collections.nCopies(fields.size(), null)));
        rows.forEach(batch::bind);
        batch.execute();
    }

    private static void copy(DSLContext sql, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        String columns = fields.stream().map(f -> '"' + f.getName() + '"').collect(Collectors.joining(", "));
        String command = "COPY \"" + table.getName() + "\" (" + columns + ") FROM STDIN (FORMAT csv)";
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        // A run's rows share some values (its workspace, date and time): each is written out once per chunk.
        Object[] previous = new Object[fields.size()];
        String[] previousText = new String[fields.size()];
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (row[i] == null || row[i] != previous[i]) {
                    previous[i] = row[i];
                    previousText[i] = csvValue(row[i]);
                }
                csv.append(previousText[i]);
            }
            csv.append('\n');
        }
        sql.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(command, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table.getName() + " failed", e);
            }
        });
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, anything else is quoted with doubled quotes. */
    static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString(); // numbers, dates and truths never hold a quote or a comma
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.time.LocalDate) {
            return value.toString();
        }
        String text = value instanceof OffsetDateTime time ? time.withOffsetSameInstant(ZoneOffset.UTC).toString()
                : value.toString();
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
