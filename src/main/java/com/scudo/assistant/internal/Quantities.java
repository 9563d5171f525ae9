package com.scudo.assistant.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and time windows in a question: "top five", "10 customers", "in the next 2 weeks", "this month". */
final class Quantities {
    static final int MAX_LIMIT = 100;
    static final int MAX_DAYS = 730;
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("a", 1));
    private static final String NUMBER = "(\\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|fifty|hundred)";
    private static final Pattern LIMIT = Pattern.compile("\\b(?:top|first|best|biggest|largest|highest)\\s+" + NUMBER
            + "\\b|\\b" + NUMBER + "\\s+(?:\\w+\\s+)?(?:customers|clients|buyers|people|spenders|names)\\b");
    private static final Pattern WINDOW = Pattern.compile("\\b(\\d{1,6}|a|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\\s+(day|days|week|weeks|month|months|year|years)\\b");
    private static final Pattern NAMED_WINDOW = Pattern.compile("\\b(?:this|next|coming)\\s+(week|fortnight|month|quarter|year)\\b"
            + "|\\b(tomorrow|today)\\b");

    private Quantities() {
    }

    /** How many customers the question asks for, or null. */
    static Integer limit(String text) {
        Matcher m = LIMIT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        return Math.max(1, Math.min(MAX_LIMIT, number(n)));
    }

    /** The time window in days, or null. */
    static Integer days(String text) {
        Matcher m = WINDOW.matcher(text);
        if (m.find()) {
            int n = number(m.group(1));
            int unit = switch (m.group(2).replaceAll("s$", "")) {
                case "week" -> 7;
                case "month" -> 30;
                case "year" -> 365;
                default -> 1;
            };
            return Math.max(1, Math.min(MAX_DAYS, n * unit));
        }
        Matcher named = NAMED_WINDOW.matcher(text);
        if (named.find()) {
            String what = named.group(1) != null ? named.group(1) : named.group(2);
            return switch (what) {
                case "tomorrow", "today" -> 1;
                case "week" -> 7;
                case "fortnight" -> 14;
                case "quarter" -> 90;
                case "year" -> 365;
                default -> 30;
            };
        }
        return null;
    }

    /** Whether {@code token} is a number (digits or a number word), so it is never part of a name. */
    static boolean isNumber(String token) {
        return token.chars().allMatch(Character::isDigit) || (WORDS.containsKey(token) && !token.equals("a"));
    }

    private static int number(String n) {
        Integer word = WORDS.get(n);
        if (word != null) {
            return word;
        }
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
