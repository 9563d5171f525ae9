package com.scudo.assistant.internal;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * How a question compares a figure with a value: "more than", "over", "at least", "500 or more", "5+", "no more than",
 * "up to", "fewer than", "between 200 and 500", "from 2 to 4", "200-500", "more than 1000 and less than 2000". One
 * regular expression per kind of value ({@link #of(String)}), with named groups the reader takes apart; a bare value
 * ("with 3 orders") is only read where {@code bareIsEqual} says it means "exactly".
 */
final class Comparisons {

    /**
     * One comparison, as written values: a lower bound ({@code >} or {@code >=}), an upper bound ({@code <} or
     * {@code <=}), or both; or {@code =} alone (in {@code lowOp}). "Between" is both bounds, included.
     */
    record Comparison(String lowOp, String low, String highOp, String high) {
        static Comparison single(String op, String value) {
            return op.startsWith("<") ? new Comparison(null, null, op, value) : new Comparison(op, value, null, null);
        }

        boolean isBetween() {
            return ">=".equals(lowOp) && "<=".equals(highOp);
        }

        /** "between 500 and 200" is the range from 200 to 500; {@code number} reads a written value. */
        Comparison ordered(java.util.function.Function<String, java.math.BigDecimal> number) {
            return isBetween() && number.apply(low).compareTo(number.apply(high)) > 0
                    ? new Comparison(lowOp, high, highOp, low) : this;
        }
    }

    private static final Map<String, String> PREFIX = Map.ofEntries(
            Map.entry("more than", ">"), Map.entry("over", ">"), Map.entry("above", ">"), Map.entry("greater than", ">"),
            Map.entry("higher than", ">"), Map.entry("bigger than", ">"), Map.entry("larger than", ">"),
            Map.entry("exceeding", ">"), Map.entry("in excess of", ">"), Map.entry("upwards of", ">"),
            Map.entry("north of", ">"), Map.entry(">", ">"),
            Map.entry("at least", ">="), Map.entry("no less than", ">="), Map.entry("not less than", ">="),
            Map.entry("no fewer than", ">="), Map.entry("a minimum of", ">="), Map.entry("minimum of", ">="),
            Map.entry("min", ">="), Map.entry(">=", ">="), Map.entry("≥", ">="),
            Map.entry("less than", "<"), Map.entry("under", "<"), Map.entry("below", "<"), Map.entry("lower than", "<"),
            Map.entry("fewer than", "<"), Map.entry("smaller than", "<"), Map.entry("<", "<"),
            Map.entry("at most", "<="), Map.entry("no more than", "<="), Map.entry("not more than", "<="),
            Map.entry("no higher than", "<="), Map.entry("up to", "<="), Map.entry("a maximum of", "<="),
            Map.entry("maximum of", "<="), Map.entry("max", "<="), Map.entry("<=", "<="), Map.entry("≤", "<="),
            Map.entry("exactly", "="), Map.entry("equal to", "="), Map.entry("=", "="),
            // as often typed
            Map.entry("more then", ">"), Map.entry("greater then", ">"), Map.entry("higher then", ">"),
            Map.entry("atleast", ">="), Map.entry("less then", "<"), Map.entry("fewer then", "<"),
            Map.entry("lower then", "<"), Map.entry("atmost", "<="), Map.entry("no more then", "<="));
    private static final Map<String, String> POSTFIX = Map.ofEntries(
            Map.entry("or more", ">="), Map.entry("or above", ">="), Map.entry("or over", ">="),
            Map.entry("or higher", ">="), Map.entry("or greater", ">="), Map.entry("and up", ">="),
            Map.entry("and above", ">="), Map.entry("and over", ">="), Map.entry("plus", ">="), Map.entry("+", ">="),
            Map.entry("or less", "<="), Map.entry("or fewer", "<="), Map.entry("or under", "<="),
            Map.entry("or below", "<="), Map.entry("or lower", "<="));
    /** Longest first, so "no more than" is not read as "more than". */
    private static final String PREFIX_WORDS = alternatives(PREFIX);
    private static final String POSTFIX_WORDS = alternatives(POSTFIX);

    private Comparisons() {
    }

    /**
     * A comparison with values matching {@code value} (a regular expression without capturing groups), as named
     * groups: {@code bw1}/{@code bw2} (between, from … to), {@code r1}/{@code r2} (200-500, 2 to 4), {@code op}
     * {@code v} {@code post} and a second bound on the same figure, {@code op2} {@code v2} (not a count of orders or
     * days when {@code secondBoundIsNoCount}).
     */
    static String of(String value, boolean secondBoundIsNoCount) {
        // "spent more than 1000 and at least 5 orders": the second bound belongs to the orders
        String second = secondBoundIsNoCount ? "(?![\\d.,]| ?(?:orders?|purchases|times|days?|weeks?|months?|years?)\\b)" : "";
        return "(?:(?:between|from) (?<bw1>" + value + ") (?:and|to) (?<bw2>" + value + ")"
                + "|(?<r1>" + value + ") ?(?:to|-|–) ?(?<r2>" + value + ")"
                + "|(?:(?<op>" + PREFIX_WORDS + ") ?)?(?<v>" + value + ")(?: ?(?<post>" + POSTFIX_WORDS + "))?"
                + "(?: (?:and|but) (?<op2>" + PREFIX_WORDS + ") ?(?<v2>" + value + ")" + second + ")?)";
    }

    /**
     * The comparison a match of {@link #of(String)} holds, or null when it is a bare value and bare values are not
     * read ({@code bareIsEqual} false: "spent $500" says no direction).
     */
    static Comparison read(Matcher m, boolean bareIsEqual) {
        if (m.group("bw1") != null) {
            return new Comparison(">=", m.group("bw1"), "<=", m.group("bw2"));
        }
        if (m.group("r1") != null) {
            return new Comparison(">=", m.group("r1"), "<=", m.group("r2"));
        }
        String op = m.group("op") != null ? PREFIX.get(m.group("op")) : m.group("post") != null ? POSTFIX.get(m.group("post"))
                : bareIsEqual ? "=" : null;
        if (op == null) {
            return null;
        }
        if (m.group("op2") != null) {
            String op2 = PREFIX.get(m.group("op2"));
            boolean lowerBound = op.startsWith(">");
            if (lowerBound != op2.startsWith(">") && !op.equals("=") && !op2.equals("=")) {
                // "more than 1000 and less than 2000": one range, its bounds kept as the question put them
                return lowerBound ? new Comparison(op, m.group("v"), op2, m.group("v2"))
                        : new Comparison(op2, m.group("v2"), op, m.group("v"));
            }
        }
        return Comparison.single(op, m.group("v"));
    }

    /** The words the answer uses for an operator. */
    static String said(String op) {
        return switch (op) {
            case ">=" -> "at least";
            case "<=" -> "at most";
            case "<" -> "less than";
            case "=" -> "exactly";
            default -> "more than";
        };
    }

    private static String alternatives(Map<String, String> words) {
        return words.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }
}
