package com.scudo.segment.filter;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A page of customers from {@code customer_facts} for one workspace, matching a filter condition, sorted by a
 * catalogue field (nulls last) then {@code customer_id}, with keyset pagination: the opaque cursor holds the last
 * row's sort value and id, and the next page seeks past it (stable under inserts, no OFFSET).
 *
 * <pre>{@code
 * CustomerQuery q = new CustomerQuery(table, workspaceId, Filters.toCondition(expr, table, asOf),
 *         FilterField.CLV, true, 50);
 * CustomerQuery.Page page = q.fetchPage(ctx, List.of(table.asterisk()), null);  // then page.nextCursor()
 * }</pre>
 */
public final class CustomerQuery {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final String VERSION = "c1";
    /** Longer than any cursor this class writes (its parts are a field name, a value and a customer id). */
    private static final int MAX_CURSOR = 2000;

    private final Table<?> table;
    private final String workspaceId;
    private final Condition filter;
    private final FilterField sortField;
    private final boolean descending;
    private final int pageSize;

    /** One page: the rows and the cursor of the next page (null when this is the last page). */
    public record Page(List<Record> rows, String nextCursor) {
    }

    public CustomerQuery(Table<?> table, String workspaceId, Condition filter, FilterField sortField,
                         boolean descending, int pageSize) {
        this.table = Objects.requireNonNull(table, "table");
        this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        this.filter = filter == null ? DSL.noCondition() : filter;
        this.sortField = Objects.requireNonNull(sortField, "sortField");
        if (sortField.type() == FieldType.SET) {
            throw FilterException.invalid("Cannot sort by set field '" + sortField.fieldName() + "'");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw FilterException.invalid("Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        this.descending = descending;
        this.pageSize = pageSize;
    }

    /**
     * The select for the page after {@code cursor} (null for the first page). It fetches one row more than the
     * page size so {@link #fetchPage} can tell whether another page follows.
     */
    public SelectLimitPercentStep<Record> select(DSLContext ctx, List<? extends SelectFieldOrAsterisk> fields, String cursor) {
        List<SelectFieldOrAsterisk> all = new ArrayList<>(fields);
        all.add(sortColumn());
        all.add(idColumn());
        Field<String> ws = DSL.field(table.getQualifiedName().append("workspace_id"), SQLDataType.VARCHAR);
        Condition where = ws.eq(DSL.val(workspaceId, SQLDataType.VARCHAR)).and(filter);
        if (cursor != null) {
            where = where.and(seek(decode(cursor)));
        }
        Field<Object> sort = sortColumn();
        SortField<Object> order = descending ? sort.desc().nullsLast() : sort.asc().nullsLast();
        return ctx.select(all).from(table).where(where).orderBy(order, idColumn().asc()).limit(pageSize + 1);
    }

    /** Runs {@link #select} and returns at most {@code pageSize} rows plus the next cursor. */
    public Page fetchPage(DSLContext ctx, List<? extends SelectFieldOrAsterisk> fields, String cursor) {
        Result<Record> result = select(ctx, fields, cursor).fetch();
        if (result.size() <= pageSize) {
            return new Page(List.copyOf(result), null);
        }
        List<Record> rows = List.copyOf(result.subList(0, pageSize));
        return new Page(rows, cursorAfter(rows.get(rows.size() - 1)));
    }

    /** The cursor continuing after {@code lastRow} (a record of this query's select). */
    public String cursorAfter(Record lastRow) {
        Object value = lastRow.get(sortColumn());
        String id = lastRow.get(idColumn());
        String v = value == null ? null
                : value instanceof BigDecimal b ? b.toPlainString()
                : value.toString();
        return String.join(".", enc(VERSION), enc(sortField.fieldName()), enc(descending ? "d" : "a"),
                v == null ? "" : enc("v" + v), enc(id));
    }

    private record Position(Object value, String id) {
    }

    private Position decode(String cursor) {
        try {
            if (cursor.length() > MAX_CURSOR) {
                throw new IllegalArgumentException("cursor too long");
            }
            String[] parts = cursor.split("\\.", -1);
            if (parts.length != 5 || !dec(parts[0]).equals(VERSION) || !dec(parts[1]).equals(sortField.fieldName())
                    || !dec(parts[2]).equals(descending ? "d" : "a")) {
                throw new IllegalArgumentException("cursor of another query");
            }
            Object value = null;
            if (!parts[3].isEmpty()) {
                String v = dec(parts[3]).substring(1);
                value = switch (sortField.type()) {
                    case NUMBER, INTEGER -> storable(new BigDecimal(v));
                    case DATE -> storable(LocalDate.parse(v));
                    default -> v;
                };
            }
            return new Position(value, dec(parts[4]));
        } catch (RuntimeException e) {
            throw new FilterException("Invalid page cursor", -1, null, null,
                    "a cursor returned by the previous page of the same query", null);
        }
    }

    /*
     * A hand-edited cursor must fail here as a bad request, not in the database: a number like 1e999999 would
     * overflow the column's type there (a 500), and a year beyond 9999 is no date either store keeps.
     */
    private static BigDecimal storable(BigDecimal value) {
        if (value.precision() - value.scale() > 30 || value.scale() > 30) {
            throw new IllegalArgumentException("number out of range");
        }
        return value;
    }

    private static LocalDate storable(LocalDate value) {
        if (value.getYear() < 1 || value.getYear() > 9999) {
            throw new IllegalArgumentException("date out of range");
        }
        return value;
    }

    private Condition seek(Position p) {
        Field<Object> sort = sortColumn();
        Field<String> id = idColumn();
        Condition afterId = id.gt(DSL.val(p.id(), SQLDataType.VARCHAR));
        if (p.value() == null) {
            return sort.isNull().and(afterId);
        }
        Field<Object> v = bindSortValue(p.value());
        Condition beyond = descending ? sort.lt(v) : sort.gt(v);
        return beyond.or(sort.eq(v).and(afterId)).or(sort.isNull());
    }

    @SuppressWarnings("unchecked")
    private Field<Object> bindSortValue(Object value) {
        Field<?> f;
        if (value instanceof BigDecimal b) {
            f = DSL.val(b, SQLDataType.NUMERIC);
        } else if (value instanceof LocalDate d) {
            f = DSL.val(d, SQLDataType.LOCALDATE);
        } else {
            f = DSL.val((String) value, SQLDataType.VARCHAR);
        }
        return (Field<Object>) f;
    }

    @SuppressWarnings("unchecked")
    private Field<Object> sortColumn() {
        FieldType t = sortField.type();
        return (Field<Object>) (t.isNumeric()
                ? DSL.field(table.getQualifiedName().append(sortField.column()), SQLDataType.NUMERIC)
                : SqlCompiler.column(table, sortField));
    }

    @SuppressWarnings("unchecked")
    private Field<String> idColumn() {
        return (Field<String>) SqlCompiler.column(table, FilterField.CUSTOMER_ID);
    }

    private static String enc(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
