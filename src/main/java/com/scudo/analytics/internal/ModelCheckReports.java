package com.scudo.analytics.internal;

import com.scudo.analytics.ModelCheckReport;
import com.scudo.analytics.model.HoldoutCheck;
import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the model report from the latest stored choice and the fits of the same run. */
@Component
class ModelCheckReports {
    /** Two-sided 90 %: the range runs from the 5th to the 95th percentile of the log-normal approximation. */
    private static final double Z_90 = 1.6448536269514722;
    private static final Map<String, String> MEANINGS = Map.of(
            "r", "shape of how often active customers buy (with alpha: a typical one buys about r/alpha times a week)",
            "alpha", "scale of the buying rate, in weeks (with r: about r/alpha purchases a week)",
            "a", "with b: the chance a customer drops out after a purchase, about a/(a+b)",
            "b", "with a: the chance a customer drops out after a purchase, about a/(a+b)",
            "s", "shape of how soon customers stop buying (with beta: about s/beta drop out per week)",
            "beta", "scale of the lifetimes, in weeks (with s: about s/beta drop out per week)");

    private final ModelStore models;
    private final RunLog runs;

    ModelCheckReports(ModelStore models, RunLog runs) {
        this.models = models;
        this.runs = runs;
    }

    Optional<ModelCheckReport> latest(String workspace) {
        return models.latestChoice(workspace).map(stored -> {
            ModelChoice choice = stored.choice();
            ModelFit fit = models.fitsOf(workspace, stored.fittedAt()).get(choice.chosen());
            String notes = runs.recent(workspace, 1).stream().map(r -> r.notes()).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            Optional<HoldoutCheck> best = choice.check(choice.chosen());
            return new ModelCheckReport(choice.chosen(), choice.checked(), headline(choice, best), choice.reason(),
                    stored.asOf(), stored.fittedAt(), choice.calibrationEnd(), choice.holdoutWeeks(), choice.customers(),
                    candidates(choice), best.map(c -> weeks(choice, c)).orElse(List.of()),
                    best.map(ModelCheckReports::pastOrders).orElse(List.of()), parameters(fit), notes);
        });
    }

    /** "The model expected 1,210 repeat orders in the last 13 weeks; 1,188 came." */
    static String headline(ModelChoice choice, Optional<HoldoutCheck> best) {
        if (best.isEmpty()) {
            return choice.reason();
        }
        HoldoutCheck c = best.get();
        return String.format(Locale.US, "Fitted on the orders up to %s, %s expected %,d repeat orders in the last %s"
                        + " from customers who had bought before; %,d came.", choice.calibrationEnd(), choice.chosen(),
                Math.round(c.expectedOrders()), Words.count(choice.holdoutWeeks(), "week"), c.actualOrders());
    }

    private static List<ModelCheckReport.Candidate> candidates(ModelChoice choice) {
        List<ModelCheckReport.Candidate> list = new ArrayList<>();
        for (HoldoutCheck c : choice.checks()) {
            list.add(new ModelCheckReport.Candidate(c.model(), list.size() + 1, Math.round(c.expectedOrders()),
                    c.actualOrders(), c.totalError(), c.weeklyError(), c.frequencyError(), c.score()));
        }
        return list;
    }

    private static List<ModelCheckReport.Week> weeks(ModelChoice choice, HoldoutCheck c) {
        List<ModelCheckReport.Week> weeks = new ArrayList<>();
        for (int k = 0; k < c.expectedByWeek().length; k++) {
            weeks.add(new ModelCheckReport.Week(k + 1, choice.calibrationEnd().plusWeeks(k + 1),
                    Math.round(c.expectedByWeek()[k] * 10) / 10.0, c.actualByWeek()[k]));
        }
        return weeks;
    }

    private static List<ModelCheckReport.PastOrders> pastOrders(HoldoutCheck c) {
        return c.byPastOrders().stream().map(r -> new ModelCheckReport.PastOrders(
                r.repeatOrders() + (r.orMore() ? " or more" : ""), r.customers(),
                Math.round(r.expectedPerCustomer() * 1000) / 1000.0, Math.round(r.actualPerCustomer() * 1000) / 1000.0)).toList();
    }

    static List<ModelCheckReport.Parameter> parameters(ModelFit fit) {
        if (fit == null) {
            return List.of();
        }
        List<ModelCheckReport.Parameter> list = new ArrayList<>();
        fit.parameters().forEach((name, value) -> {
            Double se = fit.standardErrors() == null ? null : fit.standardErrors().get(name);
            boolean known = se != null && Double.isFinite(se) && value > 0;
            // The fit works in log-parameters, so the range is symmetric there: value x exp(+-z se(ln value)).
            double spread = known ? Math.exp(Z_90 * se / value) : Double.NaN;
            list.add(new ModelCheckReport.Parameter(name, value, known ? value / spread : null, known ? value * spread : null,
                    MEANINGS.getOrDefault(name, "")));
        });
        return list;
    }
}
