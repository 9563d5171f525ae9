package com.scudo.customer360.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.customer360.RevenueTrend;
import com.scudo.money.Formatting;
import com.scudo.shared.Figures;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Revenue and orders per day in the workspace's time zone, from analytics, rolled up into months or weeks by
 * {@link TrendPeriods}.
 */
@Component
class RevenueTrendReader {
    private final WorkspaceScores scores;
    private final Formatting formatting;

    RevenueTrendReader(WorkspaceScores scores, Formatting formatting) {
        this.scores = scores;
        this.formatting = formatting;
    }

    RevenueTrend read(WorkspaceId workspace) {
        Figures figures = formatting.of(workspace);
        List<TrendPeriods.DayTotal> days = scores.revenueByDay(workspace, figures.timeZone()).stream()
                .map(d -> new TrendPeriods.DayTotal(d.date(), d.orders(), d.revenue())).toList();
        return TrendPeriods.of(days, figures);
    }
}
