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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates a tree in memory with SQL's three-valued logic ({@code null} = unknown), so that
 * {@code test} is true exactly when the SQL {@code where} clause would select the row.
 */
final class PredicateCompiler {

    private final LocalDate asOf;

    private PredicateCompiler(LocalDate asOf) {
        this.asOf = asOf;
    }

    static Predicate<FieldValues> compile(FilterExpression e, LocalDate asOf) {
        PredicateCompiler c = new PredicateCompiler(asOf);
        return row -> Boolean.TRUE.equals(c.eval(e, row));
    }

    /** TRUE, FALSE or null (unknown). */
    Boolean eval(FilterExpression e, FieldValues row) {
        if (e instanceof And a) {
            boolean unknown = false;
            for (FilterExpression op : a.operands()) {
                Boolean b = eval(op, row);
                if (Boolean.FALSE.equals(b)) {
                    return false;
                }
                unknown |= b == null;
            }
            return unknown ? null : true;
        } else if (e instanceof Or o) {
            boolean unknown = false;
            for (FilterExpression op : o.operands()) {
                Boolean b = eval(op, row);
                if (Boolean.TRUE.equals(b)) {
                    return true;
                }
                unknown |= b == null;
            }
            return unknown ? null : false;
        } else if (e instanceof Not n) {
            Boolean b = eval(n.operand(), row);
            return b == null ? null : !b;
        } else if (e instanceof Comparison c) {
            Object v = value(c.field(), row);
            if (v == null) {
                return null;
            }
            if (c.field().type() == FieldType.TEXT) {
                boolean eq = textEquals(c.field(), (String) v, ((FilterValue.Text) c.value()).value());
                return c.operator() == FilterExpression.Operator.EQ ? eq : !eq;
            }
            int cmp = compare(v, c.value());
            return switch (c.operator()) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        } else if (e instanceof InList i) {
            Object v = value(i.field(), row);
            if (v == null) {
                return null;
            }
            for (FilterValue candidate : i.values()) {
                boolean eq = i.field().type() == FieldType.TEXT
                        ? textEquals(i.field(), (String) v, ((FilterValue.Text) candidate).value())
                        : compare(v, candidate) == 0;
                if (eq) {
                    return true;
                }
            }
            return false;
        } else if (e instanceof Between b) {
            Object v = value(b.field(), row);
            if (v == null) {
                return null;
            }
            return compare(v, b.low()) >= 0 && compare(v, b.high()) <= 0;
        } else if (e instanceof TextMatch t) {
            Object v = value(t.field(), row);
            if (v == null) {
                return null;
            }
            String s = ((String) v).toLowerCase(Locale.ROOT);
            String p = t.text().toLowerCase(Locale.ROOT);
            return switch (t.kind()) {
                case CONTAINS -> s.contains(p);
                case STARTS_WITH -> s.startsWith(p);
                case ENDS_WITH -> s.endsWith(p);
            };
        } else if (e instanceof SetContains s) {
            Object v = value(s.field(), row);
            if (v == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Set<String> set = (Set<String>) v;
            return s.quantifier() == FilterExpression.Quantifier.ANY
                    ? s.values().stream().anyMatch(set::contains)
                    : set.containsAll(s.values());
        } else if (e instanceof IsNull n) {
            boolean isNull = row.get(n.field()) == null;
            return n.negated() != isNull;
        }
        throw new IllegalArgumentException("Unknown node " + e);
    }

    private static boolean textEquals(FilterField field, String stored, String literal) {
        return field.caseSensitive() ? stored.equals(literal)
                : stored.toLowerCase(Locale.ROOT).equals(literal.toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private int compare(Object stored, FilterValue literal) {
        if (literal instanceof FilterValue.Number n) {
            return ((BigDecimal) stored).compareTo(n.value());
        }
        LocalDate d = literal instanceof FilterValue.Date date ? date.value()
                : ((FilterValue.RelativeDate) literal).resolve(asOf);
        return ((LocalDate) stored).compareTo(d);
    }

    /** The row's value converted to the field's comparison type, or null when missing (or not convertible). */
    static Object value(FilterField field, FieldValues row) {
        Object v = row.get(field);
        if (v == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> v.toString();
            case NUMBER, INTEGER -> toBigDecimal(v);
            case DATE -> v instanceof LocalDate d ? d
                    : v instanceof java.sql.Date sd ? sd.toLocalDate()
                    : v instanceof String s ? LocalDate.parse(s) : null;
            case SET -> toSet(v);
        };
    }

    static BigDecimal toBigDecimal(Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        } else if (v instanceof BigInteger bi) {
            return new BigDecimal(bi);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        } else if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        } else if (v instanceof String s) {
            return new BigDecimal(s);
        }
        return null;
    }

    /** Accepts a collection or the stored {@code |a|b|c|} form. */
    static Set<String> toSet(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().map(Object::toString).collect(Collectors.toSet());
        }
        List<String> parts = Arrays.asList(v.toString().split("\\|"));
        Set<String> set = new HashSet<>(parts);
        set.remove("");
        return set;
    }
}
