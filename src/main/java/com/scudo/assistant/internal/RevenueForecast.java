package com.scudo.assistant.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * "What's the forecast for next quarter?": the revenue today's customers are predicted to bring over the window asked
 * (the next 12 months unless named), from their predicted values (CLV) spread evenly over the months they cover. Said as
 * the estimate it is: the nearer months run a little higher (customers lapse as time goes on), new customers come on
 * top, and nothing is predicted beyond the CLV's months.
 */
final class RevenueForecast {
    private static final double DAYS_A_MONTH = 365.25 / 12;

    private RevenueForecast() {
    }

    static String sentence(AnswerContext ctx, BigDecimal totalClv, int clvMonths) {
        Integer days = ctx.interpretation().days();
        double months = days == null ? clvMonths : days / DAYS_A_MONTH;
        if (Math.abs(months - Math.rint(months)) < 0.3 && months >= 0.7) {
            months = Math.rint(months); // "next quarter" (90 days) is 3 months, "next year" 12
        }
        boolean beyond = months > clvMonths;
        months = Math.min(months, clvMonths);
        BigDecimal share = totalClv.multiply(BigDecimal.valueOf(months / clvMonths)).setScale(0, RoundingMode.HALF_UP);
        String window = months == clvMonths ? "the next " + clvMonths + " months" : months == 1 ? "the next month"
                : months >= 1 && months == Math.rint(months) ? "the next " + Words.count((long) months, "month")
                : "the next " + Words.count(days, "day");
        StringBuilder s = new StringBuilder("Forecast for ").append(window).append(" (to ")
                .append(ctx.date(ctx.asOf().plusDays(Math.round(months * DAYS_A_MONTH)))).append("): about ")
                .append(ctx.money(share)).append(" from the customers you have today");
        if (months < clvMonths) {
            s.append(", their predicted ").append(clvMonths).append("-month value (").append(ctx.money(totalClv))
                    .append(") spread evenly, about ").append(ctx.money(totalClv.divide(BigDecimal.valueOf(clvMonths), 0,
                            RoundingMode.HALF_UP))).append(" a month; the nearer months run a little higher, as some"
                            + " customers lapse over time");
        } else {
            s.append(" (their predicted ").append(clvMonths).append("-month values added up, about ")
                    .append(ctx.money(totalClv.divide(BigDecimal.valueOf(clvMonths), 0, RoundingMode.HALF_UP)))
                    .append(" a month)");
        }
        s.append(". New customers come on top.");
        if (beyond) {
            s.append(" The predictions reach ").append(clvMonths).append(" months ahead, not further.");
        }
        return s.toString();
    }
}
