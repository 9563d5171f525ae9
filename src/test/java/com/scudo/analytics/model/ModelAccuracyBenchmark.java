package com.scudo.analytics.model;

import org.hipparchus.random.RandomDataGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How well the scores predict shops nobody tuned to. Not a test: run it with
 * scripts/bench-model-accuracy [seeds] [customers] [cdnow]. For each generating process (BG/NBD, MBG/NBD, Pareto/NBD)
 * and seed it draws parameters at random from wide ranges, simulates a shop (customers arriving over 26 weeks,
 * 78 weeks of history up to the as-of date, then 26 unseen weeks), lets Scudo choose its model on the history
 * alone (the holdout check inside it splits that history again), fits every model on the history and scores the
 * unseen weeks: AUC and Brier score of P(alive) against "ordered again in the unseen weeks", and expected
 * against actual repeat orders in total, and the AUC of the expected orders as a score of who orders again. The
 * generating model at its true parameters is the reference.
 */
public final class ModelAccuracyBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int HISTORY_WEEKS = 78;
    private static final int UNSEEN_WEEKS = 26;
    private static final double[][] CDNOW = {{0.2426, 4.4136, 0.7929, 2.4259}, {0.525, 6.183, 0.891, 1.614},
            {0.553, 10.58, 0.606, 11.656}};

    private ModelAccuracyBenchmark() {
    }

    /** One model's predictions of the unseen weeks. */
    record Score(String model, double auc, double brier, double expected, int actual, double expectedOrdersAuc) {

        double totalError() {
            return (expected - actual) / actual;
        }
    }

    /** A simulated shop's history up to the as-of date and what each customer did after it. */
    record Shop(String family, double[] truth, List<int[]> history, List<PurchaseSummary> summaries, int[] unseenOrders) {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        boolean published = args.length > 2 && args[2].equals("cdnow");
        System.out.printf(Locale.ROOT, "%d seeds x 3 processes, %,d customers each, %s; load average %s%n", seeds, customers,
                published ? "the published CDNOW parameters of each family" : "parameters drawn at random", loadAverage());
        int[] hits = new int[3];
        int atOrAboveBest = 0;
        int shops = 0;
        long start = System.nanoTime();
        for (int family = 0; family < 3; family++) {
            for (int seed = 1; seed <= seeds; seed++) {
                Shop shop = simulate(ModelSelection.MODELS.get(family), seed, customers, published);
                ModelChoice choice = ModelSelection.choose(shop.history(), AS_OF, ChoiceSettings.defaults(), ModelSettings.defaults());
                List<Score> fitted = new ArrayList<>();
                for (String model : ModelSelection.MODELS) {
                    ModelFit fit = PurchaseModels.fitPurchases(model, shop.summaries(), ModelSettings.defaults());
                    fitted.add(score(model, PurchaseProcess.of(fit), shop));
                }
                Score chosen = fitted.get(ModelSelection.MODELS.indexOf(choice.chosen()));
                Score truth = score("true " + shop.family(), trueProcess(shop.family(), shop.truth()), shop);
                double bestAuc = fitted.stream().mapToDouble(Score::auc).max().orElseThrow();
                double bestBrier = fitted.stream().mapToDouble(Score::brier).min().orElseThrow();
                boolean atBest = chosen.auc() >= bestAuc - 0.0005 && chosen.brier() <= bestBrier + 0.0005;
                shops++;
                atOrAboveBest += atBest ? 1 : 0;
                hits[family] += choice.chosen().equals(shop.family()) ? 1 : 0;
                System.out.printf(Locale.ROOT, "%s seed %d, true %s -> Scudo chose %s%s (load %s)%n", shop.family(), seed,
                        Arrays.toString(round(shop.truth())), choice.chosen(), atBest ? "" : " (below the best fitted model)",
                        loadAverage());
                print("  Scudo (" + chosen.model() + ")", chosen);
                for (Score s : fitted) {
                    print("  " + s.model(), s);
                }
                print("  " + truth.model(), truth);
            }
        }
        System.out.printf(Locale.ROOT, "choice rate: BG/NBD %d of %d, MBG/NBD %d of %d, Pareto/NBD %d of %d; Scudo at the best fitted"
                + " model (AUC and Brier within 0.0005) on %d of %d shops; %.0f s; load average %s%n", hits[0], seeds, hits[1], seeds,
                hits[2], seeds, atOrAboveBest, shops, (System.nanoTime() - start) / 1e9, loadAverage());
    }

    /** Parameters drawn from wide ranges (not any published fit), or the family's CDNOW fit; then a shop from them. */
    static Shop simulate(String family, long seed, int customers, boolean published) {
        RandomDataGenerator draw = new RandomDataGenerator(1000 * seed + ModelSelection.MODELS.indexOf(family));
        double[] truth = published ? CDNOW[ModelSelection.MODELS.indexOf(family)] : ModelFit.PARETO_NBD.equals(family)
                ? new double[] {draw.nextUniform(0.3, 1.5), draw.nextUniform(4, 20), draw.nextUniform(0.3, 1.5), draw.nextUniform(4, 30)}
                : new double[] {draw.nextUniform(0.3, 1.5), draw.nextUniform(4, 20), draw.nextUniform(0.3, 1.5), draw.nextUniform(1.5, 6)};
        int asOf = (int) AS_OF.toEpochDay();
        List<int[]> full = new ShopSimulator(seed).purchaseDays(family, truth, customers, asOf - 7 * HISTORY_WEEKS, 26,
                asOf + 7 * UNSEEN_WEEKS);
        return split(family, truth, full, asOf);
    }

    static Shop split(String family, double[] truth, List<int[]> full, int asOf) {
        List<int[]> history = new ArrayList<>(full.size());
        List<PurchaseSummary> summaries = new ArrayList<>(full.size());
        int[] unseen = new int[full.size()];
        for (int i = 0; i < full.size(); i++) {
            int[] days = full.get(i);
            int known = 0;
            while (known < days.length && days[known] <= asOf) {
                known++;
            }
            int[] before = Arrays.copyOf(days, known);
            history.add(before);
            unseen[i] = days.length - known;
            summaries.add(new PurchaseSummary(known - 1, (before[known - 1] - before[0]) / 7.0, (asOf - before[0]) / 7.0, 0));
        }
        return new Shop(family, truth, history, summaries, unseen);
    }

    static Score score(String model, PurchaseProcess process, Shop shop) {
        int n = shop.summaries().size();
        double[] alive = new double[n];
        double[] expectedOrders = new double[n];
        boolean[] bought = new boolean[n];
        double expected = 0;
        int actual = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            PurchaseSummary c = shop.summaries().get(i);
            alive[i] = process.probabilityAlive(c.frequency(), c.recency(), c.age());
            expectedOrders[i] = process.conditionalExpectedPurchases(UNSEEN_WEEKS, c.frequency(), c.recency(), c.age());
            expected += expectedOrders[i];
            actual += shop.unseenOrders()[i];
            bought[i] = shop.unseenOrders()[i] > 0;
            double miss = alive[i] - (bought[i] ? 1 : 0);
            brier += miss * miss;
        }
        return new Score(model, auc(alive, bought), brier / n, expected, actual, auc(expectedOrders, bought));
    }

    /** Mann-Whitney: the chance that a customer who bought again scores above one who did not (ties count half). */
    static double auc(double[] score, boolean[] positive) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(score[i], score[j]));
        double rankSum = 0;
        long positives = 0;
        for (int from = 0; from < order.length; ) {
            int to = from;
            while (to < order.length && score[order[to]] == score[order[from]]) {
                to++;
            }
            double meanRank = (from + 1 + to) / 2.0;
            for (int k = from; k < to; k++) {
                if (positive[order[k]]) {
                    rankSum += meanRank;
                    positives++;
                }
            }
            from = to;
        }
        long negatives = score.length - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static PurchaseProcess trueProcess(String family, double[] truth) {
        return switch (family) {
            case ModelFit.BG_NBD -> BetaGeoModel.of(false, truth);
            case ModelFit.MBG_NBD -> BetaGeoModel.of(true, truth);
            default -> ParetoNbdModel.of(truth);
        };
    }

    private static void print(String label, Score s) {
        System.out.printf(Locale.ROOT, "%-22s AUC %.4f  Brier %.4f  expected %,8.1f  actual %,6d  (%+.1f%%)  AUC of expected orders %.4f%n",
                label, s.auc(), s.brier(), s.expected(), s.actual(), 100 * s.totalError(), s.expectedOrdersAuc());
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }
}
