package com.scudo.assistant.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Figures as a shop owner reads them: "$8,500", "10%", "2 customers". */
final class Words {
    private Words() {
    }

    static String percent(BigDecimal share) {
        return share == null ? "unknown" : String.format(Locale.US, "%.0f%%", share.doubleValue() * 100);
    }

    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** "needs" for one, "need" for several. */
    static String verb(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }

    static String retention(BigDecimal averageChurn) {
        if (averageChurn == null) {
            return "not yet scored";
        }
        double c = averageChurn.doubleValue();
        return c < 0.10 ? "excellent" : c < 0.20 ? "good" : c < 0.35 ? "fair" : "weak";
    }

    static String churnLevel(BigDecimal churn) {
        if (churn == null) {
            return "not scored";
        }
        double c = churn.doubleValue();
        return c < 0.15 ? "low" : c < 0.25 ? "moderate" : c < 0.5 ? "high" : "very high";
    }

    /** "a, b and c". */
    static String and(List<String> items) {
        return joined(items, " and ");
    }

    /** "a, b or c". */
    static String or(List<String> items) {
        return joined(items, " or ");
    }

    private static String joined(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    /** Filter-language string literal: quotes and backslashes escaped. */
    static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
