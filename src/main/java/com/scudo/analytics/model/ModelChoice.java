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
 * @param calibrationCustomers customers who had ordered by {@code calibrationEnd}; more than {@code customers} when the
 *                         check used a sample of them (null in choices stored before it was kept, and when the history
 *                         was too short to split)
 */
public record ModelChoice(String chosen, boolean checked, String reason, LocalDate calibrationEnd, LocalDate end,
                          int holdoutWeeks, int customers, List<HoldoutCheck> checks, Integer calibrationCustomers) {

    /** The model used when a shop's data cannot tell the models apart. */
    public static final String DEFAULT_MODEL = ModelFit.MBG_NBD;

    public ModelChoice {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** True when the check used a sample of the calibration period's customers rather than all of them. */
    public boolean sampled() {
        return calibrationCustomers != null && calibrationCustomers > customers;
    }

    public Optional<HoldoutCheck> check(String model) {
        return checks.stream().filter(c -> c.model().equals(model)).findFirst();
    }
}
