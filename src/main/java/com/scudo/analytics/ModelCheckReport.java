package com.scudo.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which purchase model scores the workspace and why, in a merchant's words, with the figures behind it: how
 * each candidate, fitted on the weeks before, predicted the shop's last weeks (the holdout), the chosen model's
 * week-by-week and by-past-orders predictions against what came, and its parameters with their ranges.
 *
 * @param chosen         "BG/NBD", "MBG/NBD" or "Pareto/NBD"
 * @param checked        false when the shop's data could not tell the models apart and the default drives
 * @param headline       e.g. "The model expected 1,210 repeat orders in the last 13 weeks; 1,188 came."
 * @param reason         why this model, with the runners-up
 * @param choiceRule     the rule the choice follows, thresholds for small shops included, in a merchant's words
 * @param asOf           the as-of date of the run that made the choice
 * @param calibrationEnd last day the check's fits saw (null when not checked for lack of history)
 * @param candidates     every model checked, best first (empty when not checked)
 * @param weeks          the chosen model's cumulative repeat orders per holdout week, expected and actual
 * @param byPastOrders   the chosen model's holdout orders per customer by repeat orders before, expected and actual
 * @param parameters     the chosen model's parameters fitted on the whole history, with 90% ranges
 * @param runNotes       what the latest run said about itself (as-of notice, refit note); null for nothing
 * @param customers      customers of the calibration period the check used (the sample's size when sampled)
 * @param calibrationCustomers customers who had ordered by {@code calibrationEnd}, of whom the check used
 *                       {@code customers}; null for choices stored before it was kept
 * @param checkSample    when the check used a sample: which, of how many, and that the chosen model is fitted on
 *                       every customer, in a merchant's words; null when it used every customer
 */
public record ModelCheckReport(String chosen, boolean checked, String headline, String reason, String choiceRule, LocalDate asOf,
                               OffsetDateTime fittedAt, LocalDate calibrationEnd, int holdoutWeeks, int customers,
                               List<Candidate> candidates, List<Week> weeks, List<PastOrders> byPastOrders,
                               List<Parameter> parameters, String runNotes, Integer calibrationCustomers, String checkSample) {

    /**
     * One model's holdout figures; errors are shares of the orders that came (0.05 = 5 % off).
     *
     * @param rank         1 for the chosen model: by churn log-loss, then by score
     * @param score        how far its expected orders were off, weekly error + error by past orders: the tie-break
     * @param churnLogLoss the figure the choice minimises: mean log-loss of its churn forecasts (the chance of no order
     *                     in the holdout) against whether each customer ordered; null for choices stored before it was kept
     * @param churnBrier   mean squared difference of the same forecasts and outcomes (0 is perfect); null likewise
     * @param churnInWords the log-loss against the other candidates', in a merchant's words; null likewise
     */
    public record Candidate(String model, int rank, long expectedOrders, int actualOrders, double totalError,
                            double weeklyError, double pastOrdersError, double score, Double churnLogLoss,
                            Double churnBrier, String churnInWords) {
    }

    /** Cumulative repeat orders from the start of the holdout to the end of week {@code week}. */
    public record Week(int week, LocalDate weekEnding, double expected, int actual) {
    }

    /** Customers with {@code label} repeat orders before the holdout, and their mean holdout orders. */
    public record PastOrders(String label, int customers, double expectedPerCustomer, double actualPerCustomer) {
    }

    /** A fitted parameter, the 90 % range from its standard error (null when unknown), and what it means. */
    public record Parameter(String name, double value, Double low, Double high, String meaning) {
    }
}
