package com.scudo.analytics.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which purchase model drives a shop's scores, and why.
 *
 * @param chosen           "BG/NBD", "MBG/NBD" or "Pareto/NBD"
 * @param checked          true when the choice comes from the holdout check; false when the default was kept
 * @param reason           the reason in a merchant's words
 * @param calibrationEnd   last day of the calibration period (null when not checked for lack of history)
 * @param end              last day of the holdout (the as-of date)
 * @param holdoutWeeks     weeks after the calibration period the models had to predict
 * @param customers        customers of the calibration period the check used
 * @param checks           one per model, best first (empty when not checked)
 */
public record ModelChoice(String chosen, boolean checked, String reason, LocalDate calibrationEnd, LocalDate end,
                          int holdoutWeeks, int customers, List<HoldoutCheck> checks) {

    /** The model used when a shop's data cannot tell the models apart. */
    public static final String DEFAULT_MODEL = ModelFit.MBG_NBD;

    public ModelChoice {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Optional<HoldoutCheck> check(String model) {
        return checks.stream().filter(c -> c.model().equals(model)).findFirst();
    }
}
