package com.scudo.analytics.internal;

import com.scudo.analytics.ModelCheckReport;
import com.scudo.analytics.model.ChoiceSettings;
import com.scudo.analytics.model.HoldoutCheck;
import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;
import com.scudo.analytics.model.ModelSelection;
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
    /** Places in the ranking by churn log-loss, and counts of candidates, in words. */
    private static final String[] PLACES = {"the closest", "the second closest", "the third closest"};
    private static final String[] HOW_MANY = {"none", "one", "two", "three", "four"};

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
                    ModelSelection.rule(ChoiceSettings.defaults()),
                    stored.asOf(), stored.fittedAt(), choice.calibrationEnd(), choice.holdoutWeeks(), choice.customers(),
                    candidates(choice), best.map(c -> weeks(choice, c)).orElse(List.of()),
                    best.map(ModelCheckReports::pastOrders).orElse(List.of()), parameters(fit), notes,
                    choice.calibrationCustomers(), checkSample(choice, fit));
        });
    }

    /**
     * "The check used a sample of 20,000 of the 99,446 customers who had ordered by 2026-06-13 ..."; null when it used
     * every customer of the calibration period.
     */
    static String checkSample(ModelChoice choice, ModelFit chosenFit) {
        if (!choice.checked() || !choice.sampled()) {
            return null;
        }
        String s = String.format(Locale.US, "The check used a sample of %,d of the %,d customers who had ordered by %s:"
                        + " those whose customer id hashes lowest, so every run checks the same customers and a few new ones"
                        + " change little.", choice.customers(), choice.calibrationCustomers(), choice.calibrationEnd());
        if (chosenFit != null) {
            s += String.format(Locale.US, " %s's parameters below are fitted on all %,d customers.", choice.chosen(),
                    chosenFit.customers());
        }
        return s;
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
        List<HoldoutCheck> ranked = choice.checks();
        for (HoldoutCheck c : ranked) {
            list.add(new ModelCheckReport.Candidate(c.model(), list.size() + 1, Math.round(c.expectedOrders()),
                    c.actualOrders(), c.totalError(), c.weeklyError(), c.frequencyError(), c.score(), c.churnLogLoss(),
                    c.churnBrier(), churnInWords(ranked, list.size(), choice.holdoutWeeks())));
        }
        return list;
    }

    /**
     * "On the last 13 weeks, this model's churn forecasts were the closest of the three to what customers did: log-loss
     * 0.412 against 0.431 for MBG/NBD and 0.440 for Pareto/NBD." The candidates come best first, as the choice ranked
     * them; log-losses equal to three decimals are said to be level, the tie-break named. Null when the choice was
     * stored before log-losses were kept.
     */
    static String churnInWords(List<HoldoutCheck> ranked, int index, int holdoutWeeks) {
        if (ranked.stream().anyMatch(c -> c.churnLogLoss() == null)) {
            return null;
        }
        HoldoutCheck self = ranked.get(index);
        HoldoutCheck chosen = ranked.get(0);
        String of = ranked.size() < HOW_MANY.length ? "of the " + HOW_MANY[ranked.size()] : "of " + ranked.size();
        StringBuilder s = new StringBuilder("On the last ").append(Words.count(holdoutWeeks, "week"))
                .append(", this model's churn forecasts (the chance of no order in those weeks) ");
        String loss = logLoss(self.churnLogLoss());
        if (index > 0 && loss.equals(logLoss(chosen.churnLogLoss()))) {
            return s.append("were as close as ").append(chosen.model()).append("'s to three decimals (log-loss ").append(loss)
                    .append("); ").append(chosen.model()).append("'s expected orders were closer, which decides a tie.").toString();
        }
        s.append("were ").append(index < PLACES.length ? PLACES[index] : "number " + (index + 1)).append(' ').append(of)
                .append(index == 0 ? " to what customers did" : "").append(": log-loss ").append(loss).append(" against ");
        List<String> others = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i != index) {
                others.add(logLoss(ranked.get(i).churnLogLoss()) + " for " + ranked.get(i).model() + (i == 0 ? " (the chosen model)" : ""));
            }
        }
        s.append(others.size() < 2 ? String.join("", others)
                : String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.get(others.size() - 1));
        if (index == 0 && ranked.size() > 1 && loss.equals(logLoss(ranked.get(1).churnLogLoss()))) {
            s.append(" (level to three decimals; its expected orders were closer, which decides a tie)");
        }
        return s.append(" (lower is closer).").toString();
    }

    /** Three decimals, as the page shows it. */
    static String logLoss(double value) {
        return String.format(Locale.US, "%.3f", value);
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
