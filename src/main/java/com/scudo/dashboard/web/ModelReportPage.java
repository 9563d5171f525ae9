package com.scudo.dashboard.web;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.ModelCheckReport;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The model report: which purchase model scores the shop and why, how it predicted the shop's own last weeks
 * (cumulative repeat orders per week, and orders per customer by past orders, predicted against actual), and
 * its parameters with their ranges, in words.
 */
@Controller
class ModelReportPage {
    private final AnalyticsRuns analytics;

    ModelReportPage(AnalyticsRuns analytics) {
        this.analytics = analytics;
    }

    /** One row of the by-past-orders table, said plainly. */
    record PastOrdersLine(String group, int customers, String predicted, String actual, String sentence) {
    }

    @GetMapping("/model")
    String report(WorkspaceId workspace, Model model) {
        model.addAttribute("page", "model");
        Optional<ModelCheckReport> found = analytics.modelReport(workspace);
        model.addAttribute("report", found.orElse(null));
        found.ifPresent(r -> {
            if (!r.weeks().isEmpty()) {
                model.addAttribute("weeklyChart", Charts.json(Charts.predictedAndActual(
                        r.weeks().stream().map(w -> w.weekEnding().toString()).toList(), "Repeat orders",
                        r.weeks().stream().map(ModelCheckReport.Week::expected).toList(),
                        r.weeks().stream().map(ModelCheckReport.Week::actual).toList(), false)));
            }
            if (!r.byPastOrders().isEmpty()) {
                model.addAttribute("pastOrdersChart", Charts.json(Charts.predictedAndActual(
                        r.byPastOrders().stream().map(ModelCheckReport.PastOrders::label).toList(), "Orders per customer",
                        r.byPastOrders().stream().map(ModelCheckReport.PastOrders::expectedPerCustomer).toList(),
                        r.byPastOrders().stream().map(ModelCheckReport.PastOrders::actualPerCustomer).toList(), true)));
                model.addAttribute("pastOrders", pastOrders(r));
            }
        });
        return "dashboard/model";
    }

    private static List<PastOrdersLine> pastOrders(ModelCheckReport r) {
        return r.byPastOrders().stream().map(p -> new PastOrdersLine(p.label(), p.customers(),
                two(p.expectedPerCustomer()), two(p.actualPerCustomer()),
                String.format(Locale.US, "%,d customers with %s repeat %s before: the model expected %s orders each"
                                + " in the last %d weeks, they placed %s.", p.customers(), p.label(), p.label().equals("1") ? "order" : "orders",
                        two(p.expectedPerCustomer()), r.holdoutWeeks(), two(p.actualPerCustomer())))).toList();
    }

    private static String two(double value) {
        return String.format(Locale.US, "%.2f", value);
    }
}
