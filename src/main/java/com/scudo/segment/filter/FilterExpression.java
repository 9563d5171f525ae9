package com.scudo.segment.filter;

import java.util.List;
import java.util.Objects;

/**
 * A parsed, validated filter expression. Build one with {@link Filters#parse(String)} or directly from
 * these records (constructors check field types and throw {@link FilterException} on misuse).
 */
public sealed interface FilterExpression {

    /** All operands must hold (at least two). */
    record And(List<FilterExpression> operands) implements FilterExpression {
        public And {
            operands = checkOperands(operands, "and");
        }
    }

    /** At least one operand must hold (at least two). */
    record Or(List<FilterExpression> operands) implements FilterExpression {
        public Or {
            operands = checkOperands(operands, "or");
        }
    }

    /** Negation, with SQL semantics: {@code not unknown} is unknown (so does not match). */
    record Not(FilterExpression operand) implements FilterExpression {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * {@code field op value} on a text, number or date field. Text fields allow only {@code =} and
     * {@code !=} (case-insensitive unless the field is case-sensitive).
     */
    record Comparison(FilterField field, Operator operator, FilterValue value) implements FilterExpression {
        public Comparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            value = checkValue(field, value);
            if (field.type() == FieldType.TEXT && operator != Operator.EQ && operator != Operator.NE) {
                throw FilterException.invalid("Operator '" + operator.symbol() + "' is not supported for text field '"
                        + field.fieldName() + "'");
            }
        }
    }

    /** {@code field in (v1, v2, ...)} on a text, number or date field. */
    record InList(FilterField field, List<FilterValue> values) implements FilterExpression {
        public InList {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw FilterException.invalid("'in' needs at least one value");
            }
            values = values.stream().map(v -> checkValue(field, v)).toList();
        }
    }

    /** {@code field between low and high} (inclusive) on a number or date field. */
    record Between(FilterField field, FilterValue low, FilterValue high) implements FilterExpression {
        public Between {
            Objects.requireNonNull(field, "field");
            if (field.type() == FieldType.TEXT) {
                throw FilterException.invalid("'between' is not supported for text field '" + field.fieldName() + "'");
            }
            low = checkValue(field, low);
            high = checkValue(field, high);
        }
    }

    /** Case-insensitive substring / prefix / suffix match on a text field. */
    record TextMatch(FilterField field, MatchKind kind, String text) implements FilterExpression {
        public TextMatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            if (field.type() != FieldType.TEXT) {
                throw FilterException.invalid("Field '" + field.fieldName() + "' is not a text field");
            }
        }
    }

    /**
     * Set membership: the set field contains any (or all) of the values. Values are normalised to the
     * stored case (lower-case, upper-case for segment ids) and may not be empty or contain '|'.
     */
    record SetContains(FilterField field, Quantifier quantifier, List<String> values) implements FilterExpression {
        public SetContains {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(quantifier, "quantifier");
            if (field.type() != FieldType.SET) {
                throw FilterException.invalid("Field '" + field.fieldName() + "' is not a set field");
            }
            if (values.isEmpty()) {
                throw FilterException.invalid("Set membership needs at least one value");
            }
            values = values.stream().map(v -> {
                String problem = memberProblem(v);
                if (problem != null) {
                    throw FilterException.invalid(problem);
                }
                return field.normaliseMember(v);
            }).toList();
        }
    }

    /** {@code field is null} / {@code field is not null}. */
    record IsNull(FilterField field, boolean negated) implements FilterExpression {
        public IsNull {
            Objects.requireNonNull(field, "field");
        }
    }

    enum Operator {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    enum MatchKind { CONTAINS, STARTS_WITH, ENDS_WITH }

    enum Quantifier { ANY, ALL }

    private static List<FilterExpression> checkOperands(List<FilterExpression> operands, String op) {
        List<FilterExpression> copy = List.copyOf(operands);
        if (copy.size() < 2) {
            throw FilterException.invalid("'" + op + "' needs at least two operands");
        }
        return copy;
    }

    /** Why a string cannot be a set member, or null if it can. */
    static String memberProblem(String v) {
        if (v.isEmpty()) {
            return "A set value cannot be empty";
        }
        if (v.indexOf('|') >= 0) {
            return "A set value cannot contain '|'";
        }
        return null;
    }

    /** Checks the value fits the field; returns it in canonical form (allowed values in catalogue spelling). */
    private static FilterValue checkValue(FilterField field, FilterValue value) {
        Objects.requireNonNull(value, "value");
        boolean ok = switch (field.type()) {
            case TEXT -> value instanceof FilterValue.Text;
            case NUMBER, INTEGER -> value instanceof FilterValue.Number;
            case DATE -> value instanceof FilterValue.Date || value instanceof FilterValue.RelativeDate;
            case SET -> false;
        };
        if (!ok) {
            throw FilterException.invalid(field.type() == FieldType.SET
                    ? "Set field '" + field.fieldName() + "' is tested with 'contains' or 'in'"
                    : "Field '" + field.fieldName() + "' is " + Parser.describe(field.type()) + ", not " + value);
        }
        if (value instanceof FilterValue.Text t && !field.allowedValues().isEmpty()) {
            return field.allowedValues().stream().filter(a -> a.equalsIgnoreCase(t.value())).findFirst()
                    .map(a -> (FilterValue) new FilterValue.Text(a))
                    .orElseThrow(() -> FilterException.invalid("Unknown " + field.fieldName() + " '" + t.value()
                            + "'; expected one of " + String.join(", ", field.allowedValues())));
        }
        return value;
    }
}
