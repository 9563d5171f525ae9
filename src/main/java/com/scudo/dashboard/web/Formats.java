package com.scudo.dashboard.web;

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

    public String riskLabel(BigDecimal churn) {
        switch (risk(churn)) {
            case "high":
                return "High risk";
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
