package com.scudo.dashboard.web;

import com.scudo.money.Formatting;
import com.scudo.platform.RequestWorkspace;
import com.scudo.shared.Figures;
import jakarta.servlet.http.HttpServletRequest;
import com.scudo.analytics.AtRisk;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Numbers, money, shares and dates the way a shop owner reads them, in the shown workspace's reporting currency,
 * locale and time zone; used in templates as {@code @fmt}. The workspace's {@link Figures} are looked up once per
 * request.
 */
@Component("fmt")
public class Formats {
    private static final String ATTRIBUTE = Formats.class.getName() + ".figures";
    private final Formatting formatting;

    Formats(Formatting formatting) {
        this.formatting = formatting;
    }

    /** The figures of the request's workspace (the default outside a request or before one is chosen). */
    public Figures figures() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Figures.DEFAULT;
        }
        HttpServletRequest request = attributes.getRequest();
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Figures figures) {
            return figures;
        }
        Figures figures = RequestWorkspace.of(request).map(formatting::of).orElse(Figures.DEFAULT);
        request.setAttribute(ATTRIBUTE, figures);
        return figures;
    }

    public String money(BigDecimal amount) {
        return figures().money(amount);
    }

    public String number(Number n) {
        return figures().number(n);
    }

    /** 0.253 → "25%". */
    public String percent(BigDecimal share) {
        return figures().percent(share);
    }

    /** 0.053 → "5.3%": for model errors, where a whole percent hides the differences. */
    public String percent(double share) {
        return String.format(Locale.US, "%.1f%%", 100 * share);
    }

    /** 0.41234 → "0.412": a forecast's log-loss or Brier score, as the model report's sentences give them. */
    public String score(Double value) {
        return value == null ? "not measured" : String.format(Locale.US, "%.3f", value);
    }

    public String decimal(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public String date(LocalDate date) {
        return figures().date(date);
    }

    public String dateTime(TemporalAccessor moment) {
        if (moment == null) {
            return "—";
        }
        Instant instant = moment instanceof Instant i ? i : moment instanceof OffsetDateTime o ? o.toInstant()
                : moment instanceof ZonedDateTime z ? z.toInstant() : Instant.from(moment);
        return figures().dateTime(instant);
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
