package com.scudo.analytics.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fitting phase of a full run (model choice by the holdout check, then the fits on the whole shop) on the data
 * shape of scripts/bench-analytics, without a database: N customers, M orders on uniform days of the last 1,000, a
 * few customers with many orders (customer floor(N u^2)). Not a test: run it with
 * {@code scripts/bench-model-fit phase [customers] [orders] [repeats] [seed]}, which times the summaries, the holdout
 * check taken apart (sample, split, each candidate's calibration fit and scoring) and as a whole, and the fits on the
 * whole shop, each in wall and process CPU time; with {@code -Dbench.evaluations=true} it times Pareto/NBD's fits and
 * single likelihood evaluations instead, with {@code -Dbench.samples=5000,20000,...} the check on samples of those sizes.
 */
public final class FitPhaseBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 12, 6);

    private FitPhaseBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long orders = args.length > 1 ? Long.parseLong(args[1]) : 10L * customers;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 17;
        List<String> ids = new ArrayList<>();
        List<int[]> days = purchaseDays(customers, orders, new SplittableRandom(seed), ids);
        ModelSettings settings = ModelSettings.defaults();
        if (Boolean.getBoolean("bench.evaluations")) {
            evaluations(summaries(days));
            return;
        }
        String sizes = System.getProperty("bench.samples");
        if (sizes != null) {
            LocalDate end = END;
            String family = System.getProperty("bench.shop");
            if (family != null) {
                // a shop simulated from the family's CDNOW fit instead, where the families do differ
                days = ModelAccuracyBenchmark.simulate(family, seed, customers, true, 26).history();
                end = ModelAccuracyBenchmark.AS_OF;
                ids = new ArrayList<>();
                for (int i = 0; i < days.size(); i++) {
                    ids.add(String.format(Locale.ROOT, "c%08d", i + 1));
                }
            }
            for (String size : sizes.split(",")) {
                samples(days, ids, end, Integer.parseInt(size), settings);
            }
            return;
        }
        for (int repeat = 1; repeat <= repeats; repeat++) {
            System.out.printf(Locale.ROOT, "-- run %d (load average %s)%n", repeat, loadAverage());
            parts(days, ids, settings);
            Clock phase = new Clock();
            Clock clock = new Clock();
            List<PurchaseSummary> summaries = summaries(days);
            System.out.printf(Locale.ROOT, "summaries of %,d customers: %s%n", summaries.size(), clock);
            clock = new Clock();
            ModelChoice choice;
            try {
                choice = ModelSelection.choose(days, ids, END, ChoiceSettings.defaults(), settings);
            } catch (RuntimeException e) {
                System.out.printf(Locale.ROOT, "holdout check failed after %s: %s%n", clock, e);
                e.printStackTrace(System.out);
                continue;
            }
            System.out.printf(Locale.ROOT, "holdout check on %,d of %,d customers: %s, %s chosen%n", choice.customers(),
                    choice.calibrationCustomers(), clock, choice.chosen());
            for (HoldoutCheck check : choice.checks()) {
                System.out.printf(Locale.ROOT, "    %-10s log-loss %.5f, score %.4f, %s%n", check.model(), check.churnLogLoss(),
                        check.score(), check.parameters());
            }
            clock = new Clock();
            FittedModels fitted = PurchaseModels.fit(summaries, settings, choice);
            System.out.printf(Locale.ROOT, "fits on the whole shop: %s%n", clock);
            for (ModelFit fit : fitted.purchaseFits()) {
                System.out.printf(Locale.ROOT, "    %-10s %,d customers, LL %.2f, %d iterations, %s, %s%n", fit.model(),
                        fit.customers(), fit.logLikelihood(), fit.iterations(), fit.parameters(), fit.note());
            }
            System.out.printf(Locale.ROOT, "phase (summaries, check, fits): %s (load average %s)%n", phase, loadAverage());
        }
    }

    /**
     * The check on a sample of {@code size}: its choice, each candidate's log-loss, and the standard error of the
     * difference between the two best (paired over the same customers), the noise the choice has to beat.
     */
    private static void samples(List<int[]> days, List<String> ids, LocalDate end, int size, ModelSettings settings) {
        ChoiceSettings d = ChoiceSettings.defaults();
        ChoiceSettings choice = new ChoiceSettings(d.minCustomers(), d.minHoldoutWeeks(), d.maxHoldoutWeeks(), d.minHoldoutOrders(),
                size);
        Clock clock = new Clock();
        ModelChoice chosen = ModelSelection.choose(days, ids, end, choice, settings);
        System.out.printf(Locale.ROOT, "sample %,d of %,d: %s chosen, %s (load %s)%n", chosen.customers(),
                chosen.calibrationCustomers(), chosen.chosen(), clock, loadAverage());
        for (HoldoutCheck check : chosen.checks()) {
            System.out.printf(Locale.ROOT, "    %-10s log-loss %.5f, Brier %.5f, score %.4f, %s%n", check.model(),
                    check.churnLogLoss(), check.churnBrier(), check.score(), check.parameters());
        }
        if (chosen.checks().size() < 2) {
            return;
        }
        int calibrationEndDay = (int) chosen.calibrationEnd().toEpochDay();
        List<int[]> calibration = new ArrayList<>();
        List<String> calibrationIds = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).length > 0 && days.get(i)[0] <= calibrationEndDay) {
                calibration.add(days.get(i));
                calibrationIds.add(ids.get(i));
            }
        }
        List<int[]> cohort = new ArrayList<>();
        for (int i : CheckSample.lowest(calibrationIds, size)) {
            cohort.add(calibration.get(i));
        }
        ModelSelection.Split split = ModelSelection.Split.of(cohort, calibrationEndDay, chosen.holdoutWeeks());
        for (int other = 1; other < chosen.checks().size(); other++) {
            HoldoutCheck a = chosen.checks().get(0);
            HoldoutCheck b = chosen.checks().get(other);
            PurchaseProcess pa = PurchaseProcess.of(a.model(), a.parameters().values().stream().mapToDouble(Double::doubleValue).toArray());
            PurchaseProcess pb = PurchaseProcess.of(b.model(), b.parameters().values().stream().mapToDouble(Double::doubleValue).toArray());
            double sum = 0, squares = 0;
            int n = split.calibration.size();
            for (int i = 0; i < n; i++) {
                PurchaseSummary c = split.calibration.get(i);
                boolean none = !split.orderedInHoldout[i];
                double diff = loss(pa.probabilityNoPurchase(chosen.holdoutWeeks(), c.frequency(), c.recency(), c.age()), none)
                        - loss(pb.probabilityNoPurchase(chosen.holdoutWeeks(), c.frequency(), c.recency(), c.age()), none);
                sum += diff;
                squares += diff * diff;
            }
            double mean = sum / n;
            double se = Math.sqrt((squares / n - mean * mean) / (n - 1));
            System.out.printf(Locale.ROOT, "    %s - %s: log-loss difference %.5f, paired standard error %.5f (%.1f SE)%n", a.model(),
                    b.model(), mean, se, Math.abs(mean) / se);
        }
    }

    private static double loss(double churn, boolean noOrder) {
        double p = Math.min(1 - 1e-12, Math.max(1e-12, noOrder ? churn : 1 - churn));
        return -Math.log(p);
    }

    /** The holdout check taken apart: the split, then each candidate's calibration fit and its scoring, timed one by one. */
    private static void parts(List<int[]> days, List<String> ids, ModelSettings settings) {
        ChoiceSettings choice = ChoiceSettings.defaults();
        int endDay = (int) END.toEpochDay();
        int firstDay = days.stream().mapToInt(d -> d[0]).min().orElse(endDay);
        int holdoutWeeks = Math.min(choice.maxHoldoutWeeks(), (endDay - firstDay) / 7 / 3);
        int calibrationEndDay = endDay - 7 * holdoutWeeks;
        Clock clock = new Clock();
        List<int[]> calibration = new ArrayList<>();
        List<String> calibrationIds = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i)[0] <= calibrationEndDay) {
                calibration.add(days.get(i));
                calibrationIds.add(ids.get(i));
            }
        }
        List<int[]> cohort = new ArrayList<>();
        for (int i : CheckSample.lowest(calibrationIds, choice.maxCustomers())) {
            cohort.add(calibration.get(i));
        }
        String sampling = clock.toString();
        clock = new Clock();
        ModelSelection.Split split = ModelSelection.Split.of(cohort, calibrationEndDay, holdoutWeeks);
        System.out.printf(Locale.ROOT, "  parts: sample of %,d of %,d customers %s; split %s%n", cohort.size(), calibration.size(),
                sampling, clock);
        for (String model : ModelSelection.MODELS) {
            clock = new Clock();
            ModelFit fit;
            try {
                fit = PurchaseModels.fitPurchases(model, split.calibration, settings);
            } catch (RuntimeException e) {
                System.out.printf(Locale.ROOT, "  %-10s calibration fit failed after %s: %s%n", model, clock, e);
                e.printStackTrace(System.out);
                continue;
            }
            String fitting = clock.toString();
            clock = new Clock();
            try {
                HoldoutCheck check = ModelSelection.score(fit, split);
                System.out.printf(Locale.ROOT, "  %-10s calibration fit %s (%d iterations, prior %s, %s); scoring %s, log-loss %.5f%n",
                        model, fitting, fit.iterations(), fit.usedPrior(), fit.note(), clock, check.churnLogLoss());
            } catch (RuntimeException e) {
                System.out.printf(Locale.ROOT, "  %-10s calibration fit %s (%s, %s); scoring failed after %s: %s%n", model, fitting,
                        fit.parameters(), fit.note(), clock, e);
                e.printStackTrace(System.out);
            }
        }
    }

    private static List<PurchaseSummary> summaries(List<int[]> days) {
        List<PurchaseSummary> summaries = new ArrayList<>(days.size());
        int end = (int) END.toEpochDay();
        for (int[] d : days) {
            summaries.add(new PurchaseSummary(d.length - 1, (d[d.length - 1] - d[0]) / 7.0, (end - d[0]) / 7.0, 100));
        }
        return summaries;
    }

    /** Wall time and the process's CPU time (every thread: the likelihoods sum in parallel) since it was made. */
    private static final class Clock {
        private final long wall = System.nanoTime();
        private final long cpu = cpu();

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s (CPU %.2f s)", (System.nanoTime() - wall) / 1e9, (cpu() - cpu) / 1e9);
        }
    }

    private static void evaluations(List<PurchaseSummary> summaries) {
        ParetoNbdLikelihood likelihood = ParetoNbdLikelihood.of(summaries);
        double[][] points = {{0.553, 10.58, 0.606, 11.656}, {2.34, 33.6, 0.0054, 488}, {2.34, 33.6, 0.6, 60}};
        LogNormalPrior prior = SmallDataPriors.purchases(ModelFit.PARETO_NBD, likelihood.repeatPurchases(), likelihood.totalAge());
        for (LogNormalPrior used : new LogNormalPrior[] {null, prior}) {
            long start = System.nanoTime();
            MaximumLikelihood.Estimate e = MaximumLikelihood.fit(likelihood, prior.centre(), used);
            System.out.printf(Locale.ROOT, "Pareto/NBD %s: %.2f s, %s, LL %.3f, converged %s, ran away %s, %d search evaluations,"
                    + " %d Newton passes%n", used == null ? "plain" : "with prior", (System.nanoTime() - start) / 1e9,
                    Arrays.toString(e.parameters()), e.logLikelihood(), e.converged(), e.ranAway(), e.searchEvaluations(),
                    e.newtonPasses());
        }
        for (double[] p : points) {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                double v = likelihood.evaluate(p, null, null);
                long value = System.nanoTime() - start;
                start = System.nanoTime();
                likelihood.evaluate(p, new double[4], new double[4][4]);
                System.out.printf(Locale.ROOT, "%s: LL %.3f value %.1f ms (%.0f ns a customer), with derivatives %.1f ms%n",
                        Arrays.toString(p), v, value / 1e6, (double) value / summaries.size(), (System.nanoTime() - start) / 1e6);
            }
        }
    }

    /** Distinct order days per customer, ascending, as the run reads them. */
    static List<int[]> purchaseDays(int customers, long orders, SplittableRandom random) {
        return purchaseDays(customers, orders, random, new ArrayList<>());
    }

    /** As above, and the customer ids of the histories returned ("c00000001", as scripts/bench-analytics names them) in {@code ids}. */
    static List<int[]> purchaseDays(int customers, long orders, SplittableRandom random, List<String> ids) {
        int end = (int) END.toEpochDay();
        int[] counts = new int[customers];
        int[] customerOf = new int[(int) orders];
        for (int i = 0; i < orders; i++) {
            double u = random.nextDouble();
            customerOf[i] = (int) Math.min(customers - 1, Math.floor(customers * u * u));
            counts[customerOf[i]]++;
        }
        int[][] byCustomer = new int[customers][];
        for (int c = 0; c < customers; c++) {
            byCustomer[c] = new int[counts[c]];
        }
        int[] filled = new int[customers];
        for (int i = 0; i < orders; i++) {
            int c = customerOf[i];
            byCustomer[c][filled[c]++] = end - (int) Math.floor(random.nextDouble() * 1000);
        }
        List<int[]> days = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            if (byCustomer[c].length > 0) {
                days.add(Arrays.stream(byCustomer[c]).sorted().distinct().toArray());
                ids.add(String.format(Locale.ROOT, "c%08d", c + 1));
            }
        }
        return days;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
