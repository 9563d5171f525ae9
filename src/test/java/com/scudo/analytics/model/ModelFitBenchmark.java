package com.scudo.analytics.model;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints how long the model fits take on simulated customers (default 1,000,000). Not a test: run it with
 * scripts/bench-model-fit [customers] [repeats]. Each step is timed on its own; the first repeat includes
 * JIT warm-up.
 */
public final class ModelFitBenchmark {

    private static final double[] PURCHASE = {0.2426, 4.4136, 0.7929, 2.4259};
    private static final double[] MODIFIED = {0.525, 6.183, 0.891, 1.614};
    private static final double[] PARETO = {0.553, 10.58, 0.606, 11.656};
    private static final double[] SPEND = {6.2488, 3.7446, 15.4477};

    private ModelFitBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        List<PurchaseSummary> bg = new PurchaseSimulator(1).customers(customers, false, PURCHASE, SPEND, 1, 78);
        List<PurchaseSummary> mbg = new PurchaseSimulator(2).customers(customers, true, MODIFIED, SPEND, 1, 78);
        List<PurchaseSummary> pareto = new PurchaseSimulator(3).paretoCustomers(customers, PARETO, 1, 78);
        System.out.printf(Locale.ROOT, "simulated 3 x %,d customers in %.2f s%n", customers, seconds(start));

        BetaGeoLikelihood bgLikelihood = BetaGeoLikelihood.bgNbd(bg);
        BetaGeoLikelihood mbgLikelihood = BetaGeoLikelihood.mbgNbd(mbg);
        GammaGammaLikelihood spendLikelihood = GammaGammaLikelihood.of(bg);
        LogNormalPrior bgStart = SmallDataPriors.purchases(false, bgLikelihood.repeatPurchases(), bgLikelihood.totalAge());
        LogNormalPrior mbgStart = SmallDataPriors.purchases(true, mbgLikelihood.repeatPurchases(), mbgLikelihood.totalAge());
        ParetoNbdLikelihood paretoLikelihood = ParetoNbdLikelihood.of(pareto);
        LogNormalPrior paretoStart = SmallDataPriors.purchases(ModelFit.PARETO_NBD, paretoLikelihood.repeatPurchases(), paretoLikelihood.totalAge());
        LogNormalPrior spendStart = SmallDataPriors.spend(spendLikelihood.meanValue());
        for (int repeat = 1; repeat <= repeats; repeat++) {
            System.out.printf(Locale.ROOT, "-- run %d (load average %s)%n", repeat, loadAverage());
            MaximumLikelihood.Estimate b = time("BG/NBD fit", () -> MaximumLikelihood.fit(bgLikelihood, bgStart.centre(), null));
            time("BG/NBD Hessian + standard errors, recomputed", () -> MaximumLikelihood.logCovariance(bgLikelihood, null, b.parameters()));
            report(b, PURCHASE);
            MaximumLikelihood.Estimate m = time("MBG/NBD fit", () -> MaximumLikelihood.fit(mbgLikelihood, mbgStart.centre(), null));
            time("MBG/NBD Hessian + standard errors, recomputed", () -> MaximumLikelihood.logCovariance(mbgLikelihood, null, m.parameters()));
            report(m, MODIFIED);
            MaximumLikelihood.Estimate p = time("Pareto/NBD fit", () -> MaximumLikelihood.fit(paretoLikelihood, paretoStart.centre(), null));
            time("Pareto/NBD Hessian + standard errors, recomputed", () -> MaximumLikelihood.logCovariance(paretoLikelihood, null, p.parameters()));
            report(p, PARETO);
            time("Pareto/NBD one evaluation, value only", () -> paretoLikelihood.evaluate(p.parameters(), null, null));
            MaximumLikelihood.Estimate g = time(String.format(Locale.ROOT, "Gamma-Gamma fit (%,d repeat customers)", spendLikelihood.customers()),
                    () -> MaximumLikelihood.fit(spendLikelihood, spendStart.centre(), null));
            time("Gamma-Gamma Hessian + standard errors, recomputed", () -> MaximumLikelihood.logCovariance(spendLikelihood, null, g.parameters()));
            report(g, SPEND);
            time("BG/NBD one evaluation with gradient and Hessian",
                    () -> bgLikelihood.evaluate(b.parameters(), new double[4], new double[4][4]));
            time("BG/NBD one evaluation, value only", () -> bgLikelihood.evaluate(b.parameters(), null, null));
        }
        List<PurchaseSummary> cdnow = Cdnow.summary();
        for (int i = 0; i < 3; i++) {
            time("CDNOW BG/NBD fit incl. standard errors (2,357 customers)", () -> PurchaseModels.fitPurchases(false, cdnow, ModelSettings.defaults()));
            time("CDNOW Pareto/NBD fit incl. standard errors (2,357 customers)",
                    () -> PurchaseModels.fitPurchases(ModelFit.PARETO_NBD, cdnow, ModelSettings.defaults()));
        }
        smallShops();
    }

    /**
     * Pareto/NBD on 400-customer shops from each family: small shops are where the optimiser wanders to a tiny
     * alpha or beta, i.e. the hypergeometric argument of the A0 term close to 1.
     */
    private static void smallShops() {
        System.out.printf(Locale.ROOT, "-- Pareto/NBD on 400-customer shops (load average %s)%n", loadAverage());
        double slowest = 0;
        long start = System.nanoTime();
        for (int seed = 1; seed <= 5; seed++) {
            PurchaseSimulator simulator = new PurchaseSimulator(100 + seed);
            List<List<PurchaseSummary>> shops = List.of(simulator.customers(400, false, PURCHASE, null, 1, 78),
                    simulator.customers(400, true, MODIFIED, null, 1, 78), simulator.paretoCustomers(400, PARETO, 1, 78));
            for (int family = 0; family < 3; family++) {
                long one = System.nanoTime();
                ModelFit fit = PurchaseModels.fitPurchases(ModelFit.PARETO_NBD, shops.get(family), ModelSettings.defaults());
                double took = seconds(one);
                slowest = Math.max(slowest, took);
                System.out.printf(Locale.ROOT, "    seed %d, %-10s shop: %.3f s, %s%n", seed, ModelSelection.MODELS.get(family), took,
                        fit.parameters());
            }
        }
        System.out.printf(Locale.ROOT, "%-58s %8.3f s (slowest %.3f s)%n", "15 small-shop Pareto/NBD fits", seconds(start), slowest);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static <T> T time(String what, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        System.out.printf(Locale.ROOT, "%-58s %8.3f s%n", what, seconds(start));
        return result;
    }

    private static void report(MaximumLikelihood.Estimate estimate, double[] truth) {
        StringBuilder line = new StringBuilder("    estimate");
        for (int j = 0; j < truth.length; j++) {
            line.append(String.format(Locale.ROOT, " %.4f (true %.4f)", estimate.parameters()[j], truth[j]));
        }
        line.append(String.format(Locale.ROOT, "; LL %.2f; converged %s; %d search evaluations on %,d customers, %d Newton passes, %d of them over all customers",
                estimate.logLikelihood(), estimate.converged(), estimate.searchEvaluations(), MaximumLikelihood.SEARCH_SAMPLE,
                estimate.newtonPasses(), estimate.passesOverAll()));
        System.out.println(line);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
