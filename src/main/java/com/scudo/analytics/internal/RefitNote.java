package com.scudo.analytics.internal;

import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The run note that tells a merchant why scores moved without any new order of their own: the driving model
 * changed, or it was refitted and its parameters moved ("scores changed because the model was refitted on
 * 2,357 more customers").
 */
final class RefitNote {
    /** Parameters that moved less than this (relative) leave the scores practically where they were. */
    static final double MOVED = 0.02;

    private RefitNote() {
    }

    /**
     * @param previousModel the model that drove the previous run's scores (null before the first run with a choice)
     * @param previous      the previous fit of the model that drives now (null if it never drove nor was fitted)
     * @param now           this run's fit of the driving model
     */
    static Optional<String> of(String previousModel, ModelFit previous, ModelFit now, ModelChoice choice) {
        if (previousModel != null && !previousModel.equals(now.model())) {
            return Optional.of("Scores now come from " + now.model() + " instead of " + previousModel + ": "
                    + (choice.checked() ? "it predicted the shop's own last " + Words.count(choice.holdoutWeeks(), "week")
                    + " best." : "the holdout check could not tell the models apart, so the default drives."));
        }
        if (previous == null) {
            return Optional.empty();
        }
        List<String> moved = new ArrayList<>();
        for (Map.Entry<String, Double> p : now.parameters().entrySet()) {
            Double before = previous.parameters().get(p.getKey());
            if (before != null && before > 0 && Math.abs(p.getValue() / before - 1) >= MOVED) {
                moved.add(p.getKey() + " " + number(before) + " → " + number(p.getValue()));
            }
        }
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        int more = now.customers() - previous.customers();
        String basis = more > 0 ? "on " + Words.count(more, "more customer") + " (" + Words.count(now.customers(), "customer") + ")"
                : more < 0 ? "on " + Words.count(-more, "fewer customer") + " (" + Words.count(now.customers(), "customer") + ")"
                : "on the same " + Words.count(now.customers(), "customer") + " with their newer orders";
        return Optional.of("Scores changed because the " + now.model() + " model was refitted " + basis
                + ", not only because of each customer's own orders: " + String.join(", ", moved) + ".");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.3g", value);
    }
}
