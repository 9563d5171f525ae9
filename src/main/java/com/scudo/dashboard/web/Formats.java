package com.scudo.dashboard.web;

import com.scudo.analytics.AtRisk;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Numbers, money, shares and dates the way a shop owner reads them; used in templates as {@code @fmt}. */
@Component("fmt")
public class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC);

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(amount.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 0 : 2);
        return format.format(amount);
    }

    public String number(Number n) {
        return n == null ? "—" : NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** 0.253 → "25%". */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "—";
        }
        return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** 0.053 → "5.3%": for model errors, where a whole percent hides the differences. */
    public String percent(double share) {
        return String.format(Locale.US, "%.1f%%", 100 * share);
    }

    public String decimal(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String dateTime(TemporalAccessor instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    /** How worrying a churn probability is: low, medium or high (drives colour and the word beside it). */
    public String risk(BigDecimal churn) {
        if (churn == null) {
            return "unknown";
        }
        double p = churn.doubleValue();
        return p >= 0.5 ? "high" : p >= 0.25 ? "medium" : "low";
    }

    /**
     * The stage speaks first, so a label never contradicts it: a Dormant customer is "Dormant" (win back) whatever
     * the churn figure, an At-Risk one "At risk"; otherwise the churn risk decides.
     */
    public String risk(BigDecimal churn, String lifecycle) {
        if (AtRisk.DORMANT.equals(lifecycle)) {
            return "high";
        }
        if (AtRisk.STAGE.equals(lifecycle)) {
            return "medium";
        }
        return risk(churn);
    }

    public String riskLabel(BigDecimal churn, String lifecycle) {
        if (AtRisk.DORMANT.equals(lifecycle)) {
            return "Dormant · win back";
        }
        if (AtRisk.STAGE.equals(lifecycle)) {
            return "At risk";
        }
        return riskLabel(churn);
    }

    public String riskLabel(BigDecimal churn) {
        switch (risk(churn)) {
            case "high":
                return "High churn risk";
            case "medium":
                return "Watch";
            case "low":
                return "Healthy";
            default:
                return "Not scored yet";
        }
    }

    /** "VIP_HIGH_VALUE" → "Vip high value" where no friendlier name is at hand. */
    public String words(String key) {
        if (key == null || key.isBlank()) {
            return "—";
        }
        String text = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
