package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.Interpretation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * "How is churn trending?", "Is churn going up?": the shop's scores as they stood at the start of the window (its last
 * dated run on or before it; the window is the last 30 days unless the question names a period) against the latest:
 * average churn risk, at risk, dormant and predicted value.
 */
final class ScoreTrend {
    /** The window when the question names none. */
    static final int DEFAULT_DAYS = 30;

    private ScoreTrend() {
    }

    static String sentence(AnswerContext ctx, WorkspaceScores scores, Interpretation.Period period) {
        java.time.LocalDate from = period != null ? period.from() : ctx.asOf().minusDays(DEFAULT_DAYS);
        List<WorkspaceScores.ScoresOn> points = scores.scoresSince(ctx.workspace(), from);
        if (points.size() < 2) {
            return "A trend needs scores of two dates, and " + (points.isEmpty() ? "this shop has none yet"
                    : "this shop has only those of " + ctx.date(points.get(0).date())) + ": every run keeps a dated"
                    + " snapshot, and the daily re-score adds one a day.";
        }
        WorkspaceScores.ScoresOn then = points.get(0);
        WorkspaceScores.ScoresOn now = points.get(points.size() - 1);
        BigDecimal thenChurn = then.averageChurn() == null ? BigDecimal.ZERO : then.averageChurn();
        BigDecimal nowChurn = now.averageChurn() == null ? BigDecimal.ZERO : now.averageChurn();
        BigDecimal moved = nowChurn.subtract(thenChurn).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        StringBuilder s = new StringBuilder("From ").append(ctx.date(then.date())).append(" to ").append(ctx.date(now.date()))
                .append(" (the last scores on or before ").append(ctx.date(from)).append(period != null ? ", the start of "
                        + period.words() : "").append(", and the latest): average churn risk ")
                .append(ctx.percent(thenChurn)).append(" → ").append(ctx.percent(nowChurn)).append(" (")
                .append(moved.signum() == 0 ? "steady" : (moved.signum() > 0 ? "up " : "down ") + moved.abs().toPlainString()
                        + " percentage points")
                .append("); at risk ").append(then.atRisk()).append(" → ").append(now.atRisk()).append(", dormant ")
                .append(then.dormant()).append(" → ").append(now.dormant()).append("; predicted 12-month value ")
                .append(ctx.money(then.totalClv())).append(" → ").append(ctx.money(now.totalClv()));
        if (then.totalClv() != null && then.totalClv().signum() > 0 && now.totalClv() != null) {
            BigDecimal change = now.totalClv().subtract(then.totalClv()).divide(then.totalClv(), 4, RoundingMode.HALF_UP);
            s.append(" (").append(change.signum() >= 0 ? "+" : "−").append(ctx.percent(change.abs())).append(")");
        }
        if (now.customers() != then.customers()) {
            s.append(", over ").append(then.customers()).append(" → ").append(Words.count(now.customers(), "scored customer"));
        }
        return s.append(". Churn moves with the date alone: a customer who does not order grows riskier day by day.")
                .toString();
    }
}
