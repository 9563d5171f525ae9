package com.scudo.analytics.internal;

import com.scudo.shared.Figures;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Numbers as a shop owner reads them. */
final class Words {
    private Words() {
    }

    /** In the shop's reporting currency and locale; cents only below 100 and when there are any. */
    static String money(Figures figures, double amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(figures.locale());
        Currency currency = Currency.getInstance(figures.currency());
        format.setCurrency(currency);
        int digits = amount >= 100 || amount == Math.rint(amount) ? 0 : Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
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
