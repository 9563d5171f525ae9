package com.scudo.analytics.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the purchase model by the shop's own data: fit each model on a calibration period, let it
 * forecast the holdout weeks that followed, and keep the one that told best who would order again in them:
 * the lowest log-loss of its churn (the chance of no order in the holdout) against what each customer did.
 * That is the product's headline figure and a proper score, so a model cannot win it by being vague; on
 * simulated shops it also recognises the generating family more often than the closeness of the expected
 * orders does, which is kept as the tie-break and reported (per week and by customers' number of past
 * orders). Shops with too little history, too few customers or too few holdout orders keep
 * {@link ModelChoice#DEFAULT_MODEL}, and the reason says so.
 * Pure: purchase days in, a {@link ModelChoice} out.
 */
public final class ModelSelection {

    public static final List<String> MODELS = List.of(ModelFit.BG_NBD, ModelFit.MBG_NBD, ModelFit.PARETO_NBD);
    /** Past repeat orders 0 .. 6 each have a row; the last row is "7 or more". */
    static final int FREQUENCY_ROWS = 8;
    private static final double DAYS_PER_WEEK = 7.0;

    private ModelSelection() {
    }

    /** As {@link #choose(List, List, LocalDate, ChoiceSettings, ModelSettings)}, each customer known by its position. */
    public static ModelChoice choose(List<int[]> purchaseDays, LocalDate end, ChoiceSettings choice, ModelSettings fitting) {
        List<String> positions = new ArrayList<>(purchaseDays.size());
        for (int i = 0; i < purchaseDays.size(); i++) {
            positions.add(Integer.toString(i));
        }
        return choose(purchaseDays, positions, end, choice, fitting);
    }

    /**
     * @param purchaseDays per customer, the distinct days with an order (epoch days), ascending
     * @param customerIds  per customer, same order: a shop with more than {@link ChoiceSettings#maxCustomers()} customers
     *                     in the calibration period is checked on those whose id hashes lowest ({@link CheckSample})
     * @param end          the as-of date: the holdout ends here
     */
    public static ModelChoice choose(List<int[]> purchaseDays, List<String> customerIds, LocalDate end, ChoiceSettings choice,
                                     ModelSettings fitting) {
        if (customerIds.size() != purchaseDays.size()) {
            throw new IllegalArgumentException("one customer id per purchase history is needed: " + customerIds.size()
                    + " ids for " + purchaseDays.size() + " histories");
        }
        int endDay = (int) end.toEpochDay();
        int firstDay = endDay;
        for (int[] days : purchaseDays) {
            if (days.length > 0) {
                firstDay = Math.min(firstDay, days[0]);
            }
        }
        int historyWeeks = (endDay - firstDay) / 7;
        int holdoutWeeks = Math.min(choice.maxHoldoutWeeks(), historyWeeks / 3);
        if (holdoutWeeks < choice.minHoldoutWeeks()) {
            return keepDefault("The order history covers " + weeks(historyWeeks) + "; checking the models against the shop's own"
                    + " orders needs at least " + weeks(3 * choice.minHoldoutWeeks()) + " (a holdout of " + weeks(choice.minHoldoutWeeks())
                    + " after a period twice as long).", null, end, 0, 0, null);
        }
        int calibrationEndDay = endDay - 7 * holdoutWeeks;
        LocalDate calibrationEnd = LocalDate.ofEpochDay(calibrationEndDay);
        List<int[]> calibrationCustomers = new ArrayList<>();
        List<String> calibrationIds = new ArrayList<>();
        for (int i = 0; i < purchaseDays.size(); i++) {
            int[] days = purchaseDays.get(i);
            if (days.length > 0 && days[0] <= calibrationEndDay) {
                calibrationCustomers.add(days);
                calibrationIds.add(customerIds.get(i));
            }
        }
        int all = calibrationCustomers.size();
        if (all < choice.minCustomers()) {
            return keepDefault(count(all, "customer") + " had ordered by " + calibrationEnd + ", too few to tell the"
                    + " models apart (the check needs " + count(choice.minCustomers(), "customer") + ").",
                    calibrationEnd, end, holdoutWeeks, all, all);
        }
        List<int[]> cohort = new ArrayList<>(Math.min(all, choice.maxCustomers()));
        for (int i : CheckSample.lowest(calibrationIds, choice.maxCustomers())) {
            cohort.add(calibrationCustomers.get(i));
        }
        Split split = Split.of(cohort, calibrationEndDay, holdoutWeeks);
        int actual = split.actualByWeek[holdoutWeeks - 1];
        if (actual < choice.minHoldoutOrders()) {
            return keepDefault("Only " + count(actual, "repeat order") + " came in the last " + weeks(holdoutWeeks)
                    + " from customers who had ordered before" + (cohort.size() < all ? " (in the check's sample)" : "")
                    + "; the check needs " + choice.minHoldoutOrders() + ".", calibrationEnd, end, holdoutWeeks, cohort.size(), all);
        }
        List<HoldoutCheck> checks = new ArrayList<>();
        for (String model : MODELS) {
            checks.add(check(model, split, fitting));
        }
        checks.sort(Comparator.comparingDouble(HoldoutCheck::churnLogLoss).thenComparingDouble(HoldoutCheck::score));
        return new ModelChoice(checks.get(0).model(), true, reason(checks, holdoutWeeks), calibrationEnd, end, holdoutWeeks,
                cohort.size(), checks, all);
    }

    /**
     * The rule {@link #choose} applies, in a merchant's words, with the thresholds of {@code choice}: the same sentence
     * whether a shop was checked or kept the default.
     */
    public static String rule(ChoiceSettings choice) {
        return "Each model is fitted on the orders before the shop's last weeks (a third of the history, at most "
                + weeks(choice.maxHoldoutWeeks()) + ") and forecasts every customer's churn in them, the chance of no order;"
                + " the one whose forecasts came closest to what customers did (the lowest log-loss) drives the scores, and"
                + " if two are equally close, the one whose expected orders were closer. A shop is checked once it has "
                + count(choice.minCustomers(), "customer") + " before those weeks, " + weeks(3 * choice.minHoldoutWeeks())
                + " of history and " + count(choice.minHoldoutOrders(), "repeat order") + " in them; until then "
                + ModelChoice.DEFAULT_MODEL + ", the default, drives the scores. A shop with more than "
                + count(choice.maxCustomers(), "customer") + " before those weeks is checked on a sample of "
                + String.format(Locale.ROOT, "%,d", choice.maxCustomers()) + " of them, the same customers on every run;"
                + " the model chosen is then fitted on every customer.";
    }

    private static ModelChoice keepDefault(String why, LocalDate calibrationEnd, LocalDate end, int holdoutWeeks, int customers,
                                           Integer calibrationCustomers) {
        return new ModelChoice(ModelChoice.DEFAULT_MODEL, false, why + " " + ModelChoice.DEFAULT_MODEL
                + ", the default, drives the scores.", calibrationEnd, end, holdoutWeeks, customers, List.of(), calibrationCustomers);
    }

    private static String reason(List<HoldoutCheck> ranked, int holdoutWeeks) {
        HoldoutCheck best = ranked.get(0);
        StringBuilder why = new StringBuilder(best.model()).append(" predicted the last ").append(weeks(holdoutWeeks))
                .append(" best: fitted on the weeks before, it told best which customers would order again in them (log-loss ")
                .append(decimal(best.churnLogLoss()));
        for (int i = 1; i < ranked.size(); i++) {
            HoldoutCheck other = ranked.get(i);
            why.append(i == 1 ? ", against " : ", ").append(decimal(other.churnLogLoss())).append(" for ").append(other.model());
        }
        why.append("). It expected ").append(orders(best.expectedOrders()))
                .append(" repeat orders and ").append(String.format(Locale.ROOT, "%,d", best.actualOrders())).append(" came");
        for (int i = 1; i < ranked.size(); i++) {
            HoldoutCheck other = ranked.get(i);
            why.append(i == 1 ? "; " : ", ").append(other.model()).append(" expected ").append(orders(other.expectedOrders()));
        }
        return why.append(". Week by week and by customers' past orders it was ").append(percent(best.score() / 2))
                .append(" off on average, against ").append(percent(ranked.get(1).score() / 2)).append(" for the runner-up.")
                .toString();
    }

    static HoldoutCheck check(String model, Split split, ModelSettings fitting) {
        return score(PurchaseModels.fitPurchases(model, split.calibration, fitting), split);
    }

    /** How the calibration fit {@code fit} forecast the holdout of {@code split}. */
    static HoldoutCheck score(ModelFit fit, Split split) {
        String model = fit.model();
        PurchaseProcess process = PurchaseProcess.of(fit);
        int weeks = split.holdoutWeeks;
        double[] expectedByWeek = new double[weeks];
        double[] expectedByRow = new double[FREQUENCY_ROWS];
        ChurnScore churn = new ChurnScore();
        for (int i = 0; i < split.calibration.size(); i++) {
            PurchaseSummary c = split.calibration.get(i);
            double alive = process.probabilityAlive(c.frequency(), c.recency(), c.age());
            churn.add(1 - alive + alive * process.probabilityNoPurchaseIfAlive(weeks, c.frequency(), c.age()),
                    !split.orderedInHoldout[i]);
            for (int k = 1; k <= weeks; k++) {
                double e = alive * process.expectedPurchasesIfAlive(k, c.frequency(), c.recency(), c.age());
                expectedByWeek[k - 1] += e;
                if (k == weeks) {
                    expectedByRow[row(c.frequency())] += e;
                }
            }
        }
        double actualTotal = Math.max(1, split.actualByWeek[weeks - 1]);
        double weekly = 0;
        for (int k = 0; k < weeks; k++) {
            weekly += Math.abs(expectedByWeek[k] - split.actualByWeek[k]);
        }
        double weeklyError = weekly / weeks / actualTotal;
        List<HoldoutCheck.FrequencyRow> rows = new ArrayList<>();
        double frequency = 0;
        for (int g = 0; g < FREQUENCY_ROWS; g++) {
            int n = split.customersByRow[g];
            if (n > 0) {
                rows.add(new HoldoutCheck.FrequencyRow(g, g == FREQUENCY_ROWS - 1, n, expectedByRow[g] / n,
                        split.actualByRow[g] / (double) n));
                frequency += Math.abs(expectedByRow[g] - split.actualByRow[g]);
            }
        }
        double frequencyError = frequency / actualTotal;
        double totalError = Math.abs(expectedByWeek[weeks - 1] - split.actualByWeek[weeks - 1]) / actualTotal;
        return new HoldoutCheck(model, fit.parameters(), fit.logLikelihood(), fit.usedPrior(), expectedByWeek,
                split.actualByWeek.clone(), rows, totalError, weeklyError, frequencyError, weeklyError + frequencyError,
                churn.brier(), churn.logLoss());
    }

    static int row(int repeatOrders) {
        return Math.min(repeatOrders, FREQUENCY_ROWS - 1);
    }

    /** Every (n / size)-th customer, so the sample spans the list's order (customer ids, first orders) evenly. */
    static <T> List<T> evenlySpread(List<T> customers, int size) {
        if (customers.size() <= size) {
            return customers;
        }
        List<T> sample = new ArrayList<>(size);
        double stride = (double) customers.size() / size;
        for (int i = 0; i < size; i++) {
            sample.add(customers.get((int) (i * stride)));
        }
        return sample;
    }

    /** The calibration summaries of the cohort and what it did in the holdout. */
    static final class Split {
        final List<PurchaseSummary> calibration;
        final int holdoutWeeks;
        final int[] actualByWeek;
        final int[] customersByRow = new int[FREQUENCY_ROWS];
        final int[] actualByRow = new int[FREQUENCY_ROWS];
        /** Per calibration customer, in order: did they order again in the holdout (the churn forecast's outcome)? */
        final boolean[] orderedInHoldout;

        private Split(List<PurchaseSummary> calibration, int holdoutWeeks, int[] actualByWeek, int customers) {
            this.calibration = calibration;
            this.holdoutWeeks = holdoutWeeks;
            this.actualByWeek = actualByWeek;
            this.orderedInHoldout = new boolean[customers];
        }

        static Split of(List<int[]> cohort, int calibrationEndDay, int holdoutWeeks) {
            List<PurchaseSummary> calibration = new ArrayList<>(cohort.size());
            int[] incremental = new int[holdoutWeeks];
            Split split = new Split(calibration, holdoutWeeks, new int[holdoutWeeks], cohort.size());
            for (int[] days : cohort) {
                int x = 0;
                int last = days[0];
                int holdout = 0;
                for (int i = 1; i < days.length; i++) {
                    if (days[i] <= calibrationEndDay) {
                        x++;
                        last = days[i];
                    } else {
                        int week = (days[i] - calibrationEndDay - 1) / 7;
                        if (week < holdoutWeeks) {
                            incremental[week]++;
                            holdout++;
                        }
                    }
                }
                split.orderedInHoldout[calibration.size()] = holdout > 0;
                calibration.add(new PurchaseSummary(x, (last - days[0]) / DAYS_PER_WEEK,
                        (calibrationEndDay - days[0]) / DAYS_PER_WEEK, 0));
                split.customersByRow[row(x)]++;
                split.actualByRow[row(x)] += holdout;
            }
            int running = 0;
            for (int k = 0; k < holdoutWeeks; k++) {
                running += incremental[k];
                split.actualByWeek[k] = running;
            }
            return split;
        }
    }

    private static String weeks(int weeks) {
        return count(weeks, "week");
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String orders(double expected) {
        return String.format(Locale.ROOT, "%,d", Math.round(expected));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
