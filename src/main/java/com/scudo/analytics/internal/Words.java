package com.scudo.analytics.internal;

import java.util.Locale;

/** Numbers as a shop owner reads them. */
final class Words {
    private Words() {
    }

    static String money(double amount) {
        return String.format(Locale.US, amount >= 100 || amount == Math.rint(amount) ? "$%,.0f" : "$%,.2f", amount);
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.0f%%", share * 100);
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    static String count(long n, String noun) {
        return String.format(Locale.US, "%,d", n) + " " + (n == 1 ? noun : noun + "s");
    }

    static String decimal(double value) {
        return String.format(Locale.US, value >= 10 ? "%.0f" : "%.1f", value);
    }
}
