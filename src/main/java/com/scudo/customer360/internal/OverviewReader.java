package com.scudo.customer360.internal;

import com.scudo.analytics.AtRisk;
import com.scudo.analytics.WorkspaceScores;
import com.scudo.customer360.Overview;
import com.scudo.money.Money;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Headline figures of a workspace: analytics' totals and lifecycle stages, the segments' counts and the revenue trend. */
@Component
class OverviewReader {
    private final WorkspaceScores scores;
    private final RevenueTrendReader trends;
    private final AtRisk atRisk;
    private final Segments segmentList;
    private final Money money;

    OverviewReader(WorkspaceScores scores, RevenueTrendReader trends, AtRisk atRisk, Segments segmentList, Money money) {
        this.money = money;
        this.scores = scores;
        this.trends = trends;
        this.atRisk = atRisk;
        this.segmentList = segmentList;
    }

    /** Everything but today's live counters. */
    Overview read(WorkspaceId workspace, BigDecimal atRiskChurn) {
        WorkspaceScores.Totals totals = scores.totals(workspace);
        AtRisk.Figures risk = atRisk.figures(workspace);
        List<Overview.Group> lifecycles = scores.lifecycles(workspace).stream()
                .map(l -> new Overview.Group(l.lifecycle(), l.lifecycle(), l.customers(), money(l.totalSpent()),
                        money(l.clv()))).toList();
        // Members per segment, as the segment pages count them (a customer can be in several): so "At risk" here is
        // the same number as on the segment page and in the lifecycle chart.
        List<Overview.Group> segments = segmentList.list(workspace).stream().filter(s -> s.stats().customers() > 0)
                .sorted(java.util.Comparator.comparing((SegmentSummary s) -> s.stats().totalValue(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).reversed())
                .map(s -> new Overview.Group(s.segment().id().value(), s.segment().name(), s.stats().customers(),
                        money(s.stats().totalValue()), money(s.stats().totalClv())))
                .toList();
        return new Overview(money.reportingCurrency(workspace), totals.customers(), totals.scored(),
                money(totals.totalSpent()), atRiskChurn,
                risk.customers(), risk.revenueAtRisk(), risk.pastSpend(), share(totals.averageChurn()),
                money(totals.totalClv()), lifecycles, segments, null, totals.asOf(), totals.computedAt(),
                trends.read(workspace));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }
}
