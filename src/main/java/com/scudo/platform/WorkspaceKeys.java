package com.scudo.platform;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row2;
import org.jooq.Row3;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * "These keys of this workspace", for tables whose primary key is (workspace, key) or (workspace, middle, key), written
 * so that both databases look each key up in the index instead of reading the whole workspace.
 * <p>
 * H2 uses an index for an {@code IN} list only on the index's first column: {@code workspace_id = ? and customer_id
 * in (...)} reads every row of the workspace there (43 ms for 4 ids among 1,000,000 ledger rows, against 1.5 ms as
 * below), so a live write or a re-score grows slower with the shop. A list of (workspace, key) rows is looked up key
 * by key — when the rows cover a whole index (the primary key): for a longer index, join {@link #table} instead.
 * Beside a range condition on the same index H2 may still pick the range; keep such queries to the keys alone.
 * PostgreSQL plans the plain form as one index scan with {@code = ANY}, and a long list of rows as a long OR, so it
 * keeps the plain form.
 */
public final class WorkspaceKeys {
    private WorkspaceKeys() {
    }

    /** {@code workspace = ? and key in (keys)}; no row when there are no keys. */
    public static Condition in(DSLContext sql, Field<String> workspaceField, String workspace, Field<String> keyField,
                               Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return DSL.falseCondition();
        }
        if (distinct.size() == 1) {
            return workspaceField.eq(workspace).and(keyField.eq(distinct.get(0)));
        }
        if (!isH2(sql)) {
            return workspaceField.eq(workspace).and(keyField.in(distinct));
        }
        List<Row2<String, String>> rows = new ArrayList<>(distinct.size());
        for (String key : distinct) {
            rows.add(DSL.row(DSL.val(workspace), DSL.val(key)));
        }
        return DSL.row(workspaceField, keyField).in(rows);
    }

    /** {@code workspace = ? and middle = ? and key in (keys)}, for indexes on (workspace, middle, key). */
    public static <T> Condition in(DSLContext sql, Field<String> workspaceField, String workspace, Field<T> middleField,
                                   T middle, Field<String> keyField, Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return DSL.falseCondition();
        }
        if (distinct.size() == 1 || !isH2(sql)) {
            return workspaceField.eq(workspace).and(middleField.eq(middle))
                    .and(distinct.size() == 1 ? keyField.eq(distinct.get(0)) : keyField.in(distinct));
        }
        List<Row3<String, T, String>> rows = new ArrayList<>(distinct.size());
        for (String key : distinct) {
            rows.add(DSL.row(DSL.val(workspace), DSL.val(middle, middleField), DSL.val(key)));
        }
        return DSL.row(workspaceField, middleField, keyField).in(rows);
    }

    /**
     * The keys as a small table {@code k(ws, id)} to join on where the query has other conditions too (a date
     * range): H2 then still looks each key up, where beside a range it would pick the range and scan. Use
     * {@link #workspaceOf} and {@link #keyOf} for its columns.
     */
    public static Table<?> table(String workspace, Collection<String> keys) {
        List<Row2<String, String>> rows = new ArrayList<>(keys.size());
        for (String key : keys.stream().distinct().toList()) {
            rows.add(DSL.row(DSL.val(workspace), DSL.val(key)));
        }
        @SuppressWarnings("unchecked")
        Row2<String, String>[] array = rows.toArray(Row2[]::new);
        return DSL.values(array).as("k", "ws", "id");
    }

    public static Field<String> workspaceOf(Table<?> keys) {
        return DSL.field(DSL.name(keys.getName(), "ws"), String.class);
    }

    public static Field<String> keyOf(Table<?> keys) {
        return DSL.field(DSL.name(keys.getName(), "id"), String.class);
    }

    /** Whether the database needs the forms above (H2); PostgreSQL keeps the plain ones. */
    public static boolean isH2(DSLContext sql) {
        return sql.dialect().family() == SQLDialect.H2;
    }
}
