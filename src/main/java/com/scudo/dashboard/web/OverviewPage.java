package com.scudo.dashboard.web;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.AtRisk;
import com.scudo.analytics.ScoreSchedules;
import com.scudo.customer360.CustomerPage;
import com.scudo.customer360.Customer360Views;
import com.scudo.customer360.Overview;
import com.scudo.customer360.RevenueTrend;
import com.scudo.dashboard.internal.TodayFeed;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.math.BigDecimal;
import java.util.List;

/** The overview: headline figures, revenue and orders over time, lifecycle and segment charts, valuable customers at risk, today live. */
@Controller
class OverviewPage {
    private static final int TOP_AT_RISK = 8;
    private final Customer360Views views;
    private final TodayFeed today;
    private final Formats formats;
    private final AnalyticsRuns runs;
    private final ScoreSchedules schedules;
    private final com.scudo.ingest.HeldOrdersNote held;

    OverviewPage(Customer360Views views, TodayFeed today, Formats formats, AnalyticsRuns runs, ScoreSchedules schedules,
                 com.scudo.ingest.HeldOrdersNote held) {
        this.held = held;
        this.views = views;
        this.today = today;
        this.formats = formats;
        this.runs = runs;
        this.schedules = schedules;
    }

    @GetMapping("/")
    String overview(WorkspaceId workspace, Model model) {
        Overview overview = views.overview(workspace);
        model.addAttribute("page", "overview");
        // What the latest run said about its figures (an as-of date moved to the data, a refit that moved scores).
        model.addAttribute("runNotes", runs.recentRuns(workspace, 1).stream().map(r -> r.notes())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        model.addAttribute("o", overview);
        // orders waiting for an exchange rate count nowhere on this page: say how many, and what makes them count
        model.addAttribute("heldNote", held.of(workspace).orElse(null));
        model.addAttribute("schedule", schedules.schedule(workspace));
        RevenueTrend trend = overview.trend();
        if (trend != null && !trend.periods().isEmpty()) {
            model.addAttribute("trendChart", Charts.json(Charts.revenueTrend(
                    trend.periods().stream().map(RevenueTrend.Period::label).toList(),
                    trend.periods().stream().map(p -> money(p.revenue())).toList(),
                    trend.periods().stream().map(RevenueTrend.Period::orders).toList(), formats.figures().currency())));
            List<RevenueTrend.Period> newestFirst = new java.util.ArrayList<>(trend.periods());
            java.util.Collections.reverse(newestFirst);
            model.addAttribute("trendRows", newestFirst);
        }
        if (!overview.lifecycles().isEmpty()) {
            model.addAttribute("lifecycleChart", Charts.json(Charts.donut("Customers",
                    overview.lifecycles().stream().map(Overview.Group::name).toList(),
                    overview.lifecycles().stream().map(Overview.Group::customers).toList())));
        }
        if (!overview.segments().isEmpty()) {
            model.addAttribute("segmentChart", Charts.json(Charts.barsAndValue(
                    overview.segments().stream().map(g -> g.name() == null ? "No segment" : g.name()).toList(),
                    "Customers", overview.segments().stream().map(Overview.Group::customers).toList(),
                    "Spent (" + formats.figures().currency() + ")", overview.segments().stream().map(g -> money(g.value())).toList())));
        }
        List<CustomerPage.Row> atRisk = overview.scoredCustomers() == 0 ? List.of()
                : views.list(workspace, AtRisk.FILTER, "-clv", TOP_AT_RISK, null).customers();
        model.addAttribute("atRisk", atRisk);
        model.addAttribute("atRiskFilter", AtRisk.FILTER);
        return "dashboard/overview";
    }

    /** Today's counters as server-sent events, pushed whenever an order is recorded. */
    @GetMapping(value = "/live", produces = "text/event-stream")
    @ResponseBody
    SseEmitter live(WorkspaceId workspace) {
        return today.subscribe(workspace);
    }

    private static long money(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
