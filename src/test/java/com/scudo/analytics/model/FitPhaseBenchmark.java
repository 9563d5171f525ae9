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
 * {@code scripts/bench-model-fit phase [customers] [orders] [repeats]}; with
 * {@code -Dbench.evaluations=true} it times Pareto/NBD's fits and single likelihood evaluations instead.
 */
public final class FitPhaseBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 12, 6);

    private FitPhaseBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long orders = args.length > 1 ? Long.parseLong(args[1]) : 10L * customers;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<int[]> days = purchaseDays(customers, orders, new SplittableRandom(17));
        List<PurchaseSummary> summaries = new ArrayList<>(days.size());
        int end = (int) END.toEpochDay();
        for (int[] d : days) {
            summaries.add(new PurchaseSummary(d.length - 1, (d[d.length - 1] - d[0]) / 7.0, (end - d[0]) / 7.0, 100));
        }
        System.out.printf(Locale.ROOT, "%,d customers with orders, %,d distinct (x, t_x, T)%n", summaries.size(),
                summaries.stream().map(s -> List.of(s.frequency(), s.recency(), s.age())).distinct().count());
        ModelSettings settings = ModelSettings.defaults();
        if (Boolean.getBoolean("bench.evaluations")) {
            evaluations(summaries);
            return;
        }
        for (int repeat = 1; repeat <= repeats; repeat++) {
            System.out.printf(Locale.ROOT, "-- run %d (load average %s)%n", repeat, loadAverage());
            long start = System.nanoTime();
            ModelChoice choice = ModelSelection.choose(days, END, ChoiceSettings.defaults(), settings);
            System.out.printf(Locale.ROOT, "holdout check on %,d customers: %.2f s, %s chosen%n", choice.customers(), seconds(start),
                    choice.chosen());
            for (HoldoutCheck check : choice.checks()) {
                System.out.printf(Locale.ROOT, "    %-10s score %.4f, %s%n", check.model(), check.score(), check.parameters());
            }
            start = System.nanoTime();
            FittedModels fitted = PurchaseModels.fit(summaries, settings, choice);
            System.out.printf(Locale.ROOT, "fits on the whole shop: %.2f s%n", seconds(start));
            for (ModelFit fit : fitted.purchaseFits()) {
                System.out.printf(Locale.ROOT, "    %-10s %,d customers, LL %.2f, %d iterations, %s, %s%n", fit.model(),
                        fit.customers(), fit.logLikelihood(), fit.iterations(), fit.parameters(), fit.note());
            }
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
        for (int[] d : byCustomer) {
            if (d.length > 0) {
                days.add(Arrays.stream(d).sorted().distinct().toArray());
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
