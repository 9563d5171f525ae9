package com.scudo.privacy.internal;

import com.scudo.analytics.ScoreTables;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.privacy.PersonalDataCatalog;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer's rows in the analytical store: the tables keyed by customer id, and free text that names
 * them (rejected import rows, run and import messages, segment descriptions).
 */
@Component
class AnalyticalPersonalData {
    private static final Field<String> WORKSPACE_ID = DSL.field(DSL.name("workspace_id"), SQLDataType.VARCHAR);
    private static final Field<String> CUSTOMER_ID = DSL.field(DSL.name("customer_id"), SQLDataType.VARCHAR);
    private static final String SCORES = ScoreTables.Metrics.TABLE.getName();
    private static final String IMPORT_ERRORS = "select e.job_id, e.line_no, e.reason, e.content from import_errors e "
            + "join import_jobs j on j.job_id = e.job_id where j.workspace_id = ? order by e.job_id, e.line_no";

    /** Free-text columns scrubbed of mentions: table, its key column, the text columns. */
    private record TextColumns(String table, String key, List<String> columns) {
    }

    private static final List<TextColumns> FREE_TEXT = List.of(
            new TextColumns("import_jobs", "job_id", List.of("message", "source_name")),
            new TextColumns(ScoreTables.Runs.TABLE.getName(), ScoreTables.Runs.RUN_ID.getName(),
                    List.of(ScoreTables.Runs.MESSAGE.getName())),
            new TextColumns("segments", "segment_id", List.of("description")));

    private final DSLContext sql;
    private final ScoredCustomers scored;

    AnalyticalPersonalData(DSLContext sql, ScoredCustomers scored) {
        this.sql = sql;
        this.scored = scored;
    }

    /** E-mail and name from the analytical copy of the profile, when there is one. */
    Optional<Identity> identity(WorkspaceId workspace, CustomerId customer) {
        return sql.select(ScoreTables.Customers.EMAIL, ScoreTables.Customers.NAME).from(ScoreTables.Customers.TABLE)
                .where(ScoreTables.Customers.WORKSPACE_ID.eq(workspace.value())
                        .and(ScoreTables.Customers.CUSTOMER_ID.eq(customer.value())))
                .fetchOptional(r -> new Identity(workspace, customer, r.value1(), r.value2()));
    }

    boolean holdsRows(WorkspaceId workspace, CustomerId customer) {
        for (String table : PersonalDataCatalog.SQL_CUSTOMER_TABLES) {
            if (sql.fetchExists(DSL.selectOne().from(DSL.table(DSL.name(table)))
                    .where(WORKSPACE_ID.eq(workspace.value()).and(CUSTOMER_ID.eq(customer.value()))))) {
                return true;
            }
        }
        return false;
    }

    /** Per table, the customer's rows with every column, plus the rejected import rows that name them. */
    Map<String, List<Map<String, Object>>> read(Identity who) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : PersonalDataCatalog.SQL_CUSTOMER_TABLES) {
            tables.put(table, sql.select().from(DSL.table(DSL.name(table)))
                    .where(WORKSPACE_ID.eq(who.workspace().value()).and(CUSTOMER_ID.eq(who.id().value())))
                    .fetch(AnalyticalPersonalData::row));
        }
        // The reasons are stored as facts and written in words when read: the customer gets the words.
        List<Map<String, Object>> scores = tables.get(SCORES);
        if (scores != null && !scores.isEmpty()) {
            Map<String, String> reasons = scored.reasons(who.workspace(), who.id());
            scores.forEach(row -> row.put("reasons", reasons.isEmpty() ? row.get("reasons") : reasons));
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        forEachImportError(who, r -> errors.add(row(r)));
        tables.put("import_errors", errors);
        return tables;
    }

    /** Deletes the customer's rows and scrubs free text naming them; counts per table. Run in a transaction. */
    Map<String, Integer> erase(Identity who) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (String table : PersonalDataCatalog.SQL_CUSTOMER_TABLES) {
            removed.put(table, sql.deleteFrom(DSL.table(DSL.name(table)))
                    .where(WORKSPACE_ID.eq(who.workspace().value()).and(CUSTOMER_ID.eq(who.id().value())))
                    .execute());
        }
        List<Object[]> errorKeys = new ArrayList<>();
        forEachImportError(who, r -> errorKeys.add(new Object[] {r.get(0, String.class), r.get(1, Long.class)}));
        int deletedErrors = 0;
        for (Object[] key : errorKeys) {
            deletedErrors += sql.execute("delete from import_errors where job_id = ? and line_no = ?", key);
        }
        removed.put("import_errors", deletedErrors);
        for (TextColumns text : FREE_TEXT) {
            removed.put(text.table(), scrub(text, who));
        }
        return removed;
    }

    private void forEachImportError(Identity who, java.util.function.Consumer<Record> visitor) {
        try (var cursor = sql.resultQuery(IMPORT_ERRORS, who.workspace().value()).fetchSize(1000).fetchLazy()) {
            for (Record r : cursor) {
                if (who.mentionedIn(r.get(2, String.class)) || who.mentionedIn(r.get(3, String.class))) {
                    visitor.accept(r);
                }
            }
        }
    }

    private int scrub(TextColumns text, Identity who) {
        List<Field<String>> columns = text.columns().stream()
                .map(c -> DSL.field(DSL.name(c), SQLDataType.VARCHAR)).toList();
        Field<String> key = DSL.field(DSL.name(text.key()), SQLDataType.VARCHAR);
        List<Field<?>> selected = new ArrayList<>(columns);
        selected.add(0, key);
        int changed = 0;
        for (Record r : sql.select(selected).from(DSL.table(DSL.name(text.table())))
                .where(WORKSPACE_ID.eq(who.workspace().value())).fetch()) {
            Map<Field<?>, Object> updates = new LinkedHashMap<>();
            for (Field<String> column : columns) {
                String value = r.get(column);
                if (who.mentionedIn(value)) {
                    updates.put(column, who.scrub(value));
                }
            }
            if (!updates.isEmpty()) {
                changed += sql.update(DSL.table(DSL.name(text.table()))).set(updates)
                        .where(key.eq(r.get(key)).and(WORKSPACE_ID.eq(who.workspace().value()))).execute();
            }
        }
        return changed;
    }

    /** Column name to a JSON-friendly value: numbers, booleans and text as they are, times and dates as ISO text. */
    private static Map<String, Object> row(Record r) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field<?> field : r.fields()) {
            row.put(field.getName().toLowerCase(java.util.Locale.ROOT), plain(r.get(field)));
        }
        return row;
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(n.toString());
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}
