package com.scudo.segment.filter;

import com.scudo.segment.filter.FilterExpression.And;
import com.scudo.segment.filter.FilterExpression.Between;
import com.scudo.segment.filter.FilterExpression.Comparison;
import com.scudo.segment.filter.FilterExpression.InList;
import com.scudo.segment.filter.FilterExpression.IsNull;
import com.scudo.segment.filter.FilterExpression.Not;
import com.scudo.segment.filter.FilterExpression.Or;
import com.scudo.segment.filter.FilterExpression.SetContains;
import com.scudo.segment.filter.FilterExpression.TextMatch;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Compiles a tree to a jOOQ condition. Every user value is a bind variable; LIKE patterns escape
 * {@code %}, {@code _} and the escape character {@code !}.
 */
final class SqlCompiler {

    static final char ESCAPE = '!';

    private final Table<?> table;
    private final LocalDate asOf;

    private SqlCompiler(Table<?> table, LocalDate asOf) {
        this.table = table;
        this.asOf = asOf;
    }

    static Condition compile(FilterExpression e, Table<?> table, LocalDate asOf) {
        return new SqlCompiler(table, asOf).condition(e);
    }

    /** The column for a field, qualified by the table (or its alias), typed for binding. */
    static Field<?> column(Table<?> table, FilterField field) {
        return switch (field.type()) {
            case TEXT, SET -> DSL.field(table.getQualifiedName().append(field.column()), SQLDataType.VARCHAR);
            case NUMBER -> DSL.field(table.getQualifiedName().append(field.column()), SQLDataType.NUMERIC);
            case INTEGER -> DSL.field(table.getQualifiedName().append(field.column()), SQLDataType.INTEGER);
            case DATE -> DSL.field(table.getQualifiedName().append(field.column()), SQLDataType.LOCALDATE);
        };
    }

    private Condition condition(FilterExpression e) {
        if (e instanceof And a) {
            return DSL.and(a.operands().stream().map(this::condition).toList());
        } else if (e instanceof Or o) {
            return DSL.or(o.operands().stream().map(this::condition).toList());
        } else if (e instanceof Not n) {
            return DSL.not(condition(n.operand()));
        } else if (e instanceof Comparison c) {
            return comparison(c);
        } else if (e instanceof InList i) {
            return inList(i);
        } else if (e instanceof Between b) {
            Field<Object> f = typed(b.field());
            return f.between(bind(b.field(), b.low()), bind(b.field(), b.high()));
        } else if (e instanceof TextMatch t) {
            String v = escapeLike(t.text().toLowerCase(Locale.ROOT));
            String pattern = switch (t.kind()) {
                case CONTAINS -> "%" + v + "%";
                case STARTS_WITH -> v + "%";
                case ENDS_WITH -> "%" + v;
            };
            return DSL.lower(text(t.field())).like(DSL.val(pattern, SQLDataType.VARCHAR), ESCAPE);
        } else if (e instanceof SetContains s) {
            Field<String> f = text(s.field());
            List<Condition> parts = s.values().stream()
                    .map(v -> f.like(DSL.val("%|" + escapeLike(v) + "|%", SQLDataType.VARCHAR), ESCAPE))
                    .toList();
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return s.quantifier() == FilterExpression.Quantifier.ANY ? DSL.or(parts) : DSL.and(parts);
        } else if (e instanceof IsNull n) {
            Field<?> f = column(table, n.field());
            return n.negated() ? f.isNotNull() : f.isNull();
        }
        throw new IllegalArgumentException("Unknown node " + e);
    }

    private Condition comparison(Comparison c) {
        Field<Object> f = typed(c.field());
        Field<Object> v = bind(c.field(), c.value());
        if (c.field().type() == FieldType.TEXT && !c.field().caseSensitive()) {
            f = lowerObject(f);
        }
        return switch (c.operator()) {
            case EQ -> f.eq(v);
            case NE -> f.ne(v);
            case LT -> f.lt(v);
            case LE -> f.le(v);
            case GT -> f.gt(v);
            case GE -> f.ge(v);
        };
    }

    private Condition inList(InList i) {
        Field<Object> f = typed(i.field());
        if (i.field().type() == FieldType.TEXT && !i.field().caseSensitive()) {
            f = lowerObject(f);
        }
        return f.in(i.values().stream().map(v -> bind(i.field(), v)).toList());
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> lowerObject(Field<Object> f) {
        return (Field<Object>) (Field<?>) DSL.lower((Field<String>) (Field<?>) f);
    }

    @SuppressWarnings("unchecked")
    private Field<String> text(FilterField field) {
        return (Field<String>) column(table, field);
    }

    @SuppressWarnings("unchecked")
    private Field<Object> typed(FilterField field) {
        Field<?> f = column(table, field);
        if (field.type() == FieldType.INTEGER) {
            // compare whole-number columns as numeric so fractional bounds (orders > 2.5) work on every database
            f = DSL.field(table.getQualifiedName().append(field.column()), SQLDataType.NUMERIC);
        }
        return (Field<Object>) f;
    }

    /** A bind variable for a (validated) value; text is lower-cased for case-insensitive fields. */
    @SuppressWarnings("unchecked")
    private Field<Object> bind(FilterField field, FilterValue value) {
        Field<?> v;
        if (value instanceof FilterValue.Text t) {
            String s = field.caseSensitive() ? t.value() : t.value().toLowerCase(Locale.ROOT);
            v = DSL.val(s, SQLDataType.VARCHAR);
        } else if (value instanceof FilterValue.Number n) {
            // no negative scale (1E+3): some dialects cast binds to numeric(precision, scale) of the value
            v = DSL.val(n.value().scale() < 0 ? n.value().setScale(0) : n.value(), SQLDataType.NUMERIC);
        } else if (value instanceof FilterValue.Date d) {
            v = DSL.val(d.value(), SQLDataType.LOCALDATE);
        } else if (value instanceof FilterValue.RelativeDate r) {
            v = DSL.val(r.resolve(asOf), SQLDataType.LOCALDATE);
        } else {
            throw new IllegalArgumentException("Unknown value " + value);
        }
        return (Field<Object>) v;
    }

    static String escapeLike(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

}
