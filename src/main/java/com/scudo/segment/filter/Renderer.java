package com.scudo.segment.filter;

import com.scudo.segment.filter.FilterExpression.And;
import com.scudo.segment.filter.FilterExpression.Between;
import com.scudo.segment.filter.FilterExpression.Comparison;
import com.scudo.segment.filter.FilterExpression.InList;
import com.scudo.segment.filter.FilterExpression.IsNull;
import com.scudo.segment.filter.FilterExpression.Not;
import com.scudo.segment.filter.FilterExpression.Or;
import com.scudo.segment.filter.FilterExpression.Quantifier;
import com.scudo.segment.filter.FilterExpression.SetContains;
import com.scudo.segment.filter.FilterExpression.TextMatch;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a tree as canonical filter text; {@code Parser.parse(render(e))} equals {@code e}. */
final class Renderer {

    private Renderer() {
    }

    static String render(FilterExpression e) {
        if (e instanceof And a) {
            return a.operands().stream().map(Renderer::operand).collect(Collectors.joining(" and "));
        } else if (e instanceof Or o) {
            return o.operands().stream().map(Renderer::operand).collect(Collectors.joining(" or "));
        } else if (e instanceof Not n) {
            return renderNot(n.operand());
        } else if (e instanceof Comparison c) {
            return c.field().fieldName() + " " + c.operator().symbol() + " " + value(c.value());
        } else if (e instanceof InList i) {
            return i.field().fieldName() + " in " + list(i.values().stream().map(Renderer::value).toList());
        } else if (e instanceof Between b) {
            return b.field().fieldName() + " between " + value(b.low()) + " and " + value(b.high());
        } else if (e instanceof TextMatch t) {
            return t.field().fieldName() + " " + matchWord(t.kind()) + " " + quote(t.text());
        } else if (e instanceof SetContains s) {
            return setContains(s);
        } else if (e instanceof IsNull n) {
            return n.field().fieldName() + (n.negated() ? " is not null" : " is null");
        }
        throw new IllegalArgumentException("Unknown node " + e);
    }

    private static String renderNot(FilterExpression operand) {
        String field = operand instanceof InList i ? i.field().fieldName()
                : operand instanceof Between b ? b.field().fieldName()
                : operand instanceof TextMatch t ? t.field().fieldName()
                : operand instanceof SetContains s ? s.field().fieldName()
                : null;
        if (field != null) {
            return field + " not" + render(operand).substring(field.length());
        }
        return "not " + operand(operand);
    }

    private static String operand(FilterExpression e) {
        return e instanceof And || e instanceof Or ? "(" + render(e) + ")" : render(e);
    }

    private static String setContains(SetContains s) {
        String f = s.field().fieldName();
        if (s.values().size() == 1 && s.quantifier() == Quantifier.ANY) {
            return f + " contains " + quote(s.values().get(0));
        }
        return f + " contains " + s.quantifier().name().toLowerCase(Locale.ROOT) + " "
                + list(s.values().stream().map(Renderer::quote).toList());
    }

    private static String matchWord(FilterExpression.MatchKind kind) {
        return switch (kind) {
            case CONTAINS -> "contains";
            case STARTS_WITH -> "starts with";
            case ENDS_WITH -> "ends with";
        };
    }

    private static String list(List<String> items) {
        return "(" + String.join(", ", items) + ")";
    }

    static String value(FilterValue v) {
        if (v instanceof FilterValue.Text t) {
            return quote(t.value());
        } else if (v instanceof FilterValue.Number n) {
            return n.value().toPlainString();
        } else if (v instanceof FilterValue.Date d) {
            return d.value().toString();
        } else if (v instanceof FilterValue.RelativeDate r) {
            return r.amount() + " " + r.unit().name().toLowerCase(Locale.ROOT) + " ago";
        }
        throw new IllegalArgumentException("Unknown value " + v);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
