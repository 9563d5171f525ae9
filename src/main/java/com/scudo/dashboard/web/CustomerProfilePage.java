package com.scudo.dashboard.web;

import com.scudo.customer360.Customer360;
import com.scudo.customer360.Customer360Views;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.StatusChange;
import com.scudo.recommendation.StatusChangeRejected;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.util.List;

/** One customer's 360 page, and marking its recommended actions done or dismissed. */
@Controller
class CustomerProfilePage {
    private final Customer360Views views;
    private final Recommendations recommendations;
    private final Formats formats;

    CustomerProfilePage(Customer360Views views, Recommendations recommendations, Formats formats) {
        this.views = views;
        this.recommendations = recommendations;
        this.formats = formats;
    }

    @GetMapping("/customers/{id}")
    String customer(WorkspaceId workspace, @PathVariable String id, Model model) {
        Customer360 view = views.view(workspace, CustomerId.of(id));
        model.addAttribute("page", "customers");
        model.addAttribute("c", view);
        model.addAttribute("actions", view.recommendations() == null ? List.of() : view.recommendations().open());
        if (view.scores() != null && view.scores().churn() != null) {
            model.addAttribute("gauge", Charts.json(Charts.churnGauge(view.scores().churn().probability())));
            model.addAttribute("gaugeLabel", "Churn risk " + formats.percent(view.scores().churn().probability()));
        }
        if (view.trends() != null && view.trends().points().size() > 1) {
            List<Customer360.TrendPoint> points = view.trends().points();
            List<String> dates = points.stream().map(p -> p.date().toString()).toList();
            model.addAttribute("churnTrend", Charts.json(Charts.lines(dates, "Churn risk (%)",
                    points.stream().map(p -> percentPoints(p.churn())).toList(), null, null)));
            model.addAttribute("clvTrend", Charts.json(Charts.lines(dates, "Predicted value (" + formats.figures().currency() + ")",
                    points.stream().map(p -> whole(p.clv())).toList(), "Spent so far (" + formats.figures().currency() + ")",
                    points.stream().map(p -> whole(p.totalSpent())).toList())));
            Customer360.TrendPoint first = points.get(0);
            Customer360.TrendPoint last = points.get(points.size() - 1);
            model.addAttribute("churnChange", change(first.churn(), last.churn()));
            model.addAttribute("clvChange", change(first.clv(), last.clv()));
            model.addAttribute("trendFrom", first.date());
        }
        return "dashboard/customer";
    }

    @PostMapping("/customers/{id}/actions/{recommendation}")
    String changeAction(WorkspaceId workspace, @PathVariable String id, @PathVariable String recommendation,
                        @RequestParam String status, @RequestHeader(name = "HX-Request", required = false) String htmx,
                        Model model) {
        RecommendationStatus next = RecommendationStatus.parse(status);
        String notice;
        try {
            recommendations.changeStatus(workspace, recommendation, new StatusChange(next, null));
            notice = next == RecommendationStatus.DONE ? "Marked as done. We'll check whether the customer orders again."
                    : "Dismissed. It won't be suggested again unless something changes.";
        } catch (StatusChangeRejected e) {
            notice = "That action was already closed.";
        }
        if (htmx == null) {
            return "redirect:" + UriComponentsBuilder.fromPath("/customers/{id}")
                    .queryParam("workspace", workspace.value()).buildAndExpand(id).toUriString();
        }
        model.addAttribute("customerId", id);
        model.addAttribute("actions", recommendations.openFor(workspace, CustomerId.of(id)));
        model.addAttribute("notice", notice);
        return "dashboard/customer :: actions";
    }

    /** "up", "down" or "flat" between two values, for the trend arrows. */
    private static String change(BigDecimal from, BigDecimal to) {
        if (from == null || to == null) {
            return "flat";
        }
        int c = to.compareTo(from);
        return c > 0 ? "up" : c < 0 ? "down" : "flat";
    }

    private static double percentPoints(BigDecimal share) {
        return share == null ? 0 : Math.round(share.doubleValue() * 1000) / 10.0;
    }

    private static long whole(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
