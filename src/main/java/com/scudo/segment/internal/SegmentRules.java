package com.scudo.segment.internal;

import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.InvalidInputException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses segment rules and rejects those that read segments: segments are computed from the rules. */
final class SegmentRules {
    private static final Set<FilterField> CIRCULAR = EnumSet.of(FilterField.SEGMENT, FilterField.PRIMARY_SEGMENT);

    private SegmentRules() {
    }

    /** The parsed rule; throws FilterException (with position) or InvalidInputException for a circular rule. */
    static FilterExpression parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new InvalidInputException("rule", "A segment needs a rule, e.g. churn >= 0.25 and orders >= 2");
        }
        FilterExpression expression = Filters.parse(rule);
        for (FilterField field : fieldsOf(expression, EnumSet.noneOf(FilterField.class))) {
            if (CIRCULAR.contains(field)) {
                int at = positionOf(rule, field);
                throw new InvalidInputException("rule", "A segment rule cannot use '" + field.fieldName() + "'"
                        + (at >= 0 ? " (at position " + at + ")" : "")
                        + ": segments are computed from the rules, so the rule would depend on itself");
            }
        }
        return expression;
    }

    static Set<FilterField> fieldsOf(FilterExpression e, Set<FilterField> into) {
        if (e instanceof FilterExpression.And and) {
            and.operands().forEach(o -> fieldsOf(o, into));
        } else if (e instanceof FilterExpression.Or or) {
            or.operands().forEach(o -> fieldsOf(o, into));
        } else if (e instanceof FilterExpression.Not not) {
            fieldsOf(not.operand(), into);
        } else if (e instanceof FilterExpression.Comparison c) {
            into.add(c.field());
        } else if (e instanceof FilterExpression.InList in) {
            into.add(in.field());
        } else if (e instanceof FilterExpression.Between b) {
            into.add(b.field());
        } else if (e instanceof FilterExpression.TextMatch t) {
            into.add(t.field());
        } else if (e instanceof FilterExpression.SetContains s) {
            into.add(s.field());
        } else if (e instanceof FilterExpression.IsNull n) {
            into.add(n.field());
        }
        return into;
    }

    /** Where the field's name (or column name) first appears outside quotes, or -1. */
    private static int positionOf(String rule, FilterField field) {
        Pattern token = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|[A-Za-z_][A-Za-z0-9_]*");
        Matcher m = token.matcher(rule);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.equals(field.fieldName()) || word.equals(field.column())) {
                return m.start();
            }
        }
        return -1;
    }
}
