package com.scudo.analytics.internal;

import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Numbers as a shop owner reads them. */
final class Words {
    private Words() {
    }

    /**
     * Currency formats built before, per thread (a format is not thread-safe): building one reads the locale's data and
     * parses its pattern, which was half of scoring a customer in a full run (three amounts in each one's reasons).
     */
    private static final ThreadLocal<Map<MoneyFormat, NumberFormat>> MONEY_FORMATS = ThreadLocal.withInitial(HashMap::new);

    private record MoneyFormat(Locale locale, String currency, boolean cents) {
        NumberFormat build() {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            Currency code = Currency.getInstance(currency);
            format.setCurrency(code);
            int digits = cents ? Math.max(0, code.getDefaultFractionDigits()) : 0;
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            format.setRoundingMode(RoundingMode.HALF_UP); // as Figures writes the same amount on every page
            return format;
        }
    }

    /** In the shop's reporting currency and locale; cents only below 100 and when there are any. */
    static String money(Figures figures, double amount) {
        boolean cents = amount < 100 && amount != Math.rint(amount);
        return MONEY_FORMATS.get().computeIfAbsent(new MoneyFormat(figures.locale(), figures.currency(), cents),
                MoneyFormat::build).format(amount);
    }

    /** 0.253 → "25%": rounded half up from the share's shortest decimal form, as {@code %.0f} rounds. */
    static String percent(double share) {
        return Double.isFinite(share) ? rounded(share * 100, 0) + "%" : String.format(Locale.US, "%.0f%%", share * 100);
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    static String count(long n, String noun) {
        return GROUPED.get().format(n) + " " + (n == 1 ? noun : noun + "s");
    }

    private static final ThreadLocal<NumberFormat> GROUPED = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.US));

    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.US, value >= 10 ? "%.0f" : "%.1f", value);
        }
        return rounded(value, value >= 10 ? 0 : 1);
    }

    /** What {@code %.nf} writes for a finite value (half up from its shortest decimal form), without a Formatter. */
    private static String rounded(double value, int digits) {
        String text = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
        return value < 0 && text.matches("0(\\.0+)?") ? "-" + text : text; // "%.0f" writes -0.2 as "-0"
    }
}
