package com.scudo.analytics.model;

import org.hipparchus.random.RandomDataGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How well the scores predict shops nobody tuned to. Not a test: run it with
 * scripts/bench-model-accuracy [seeds] [customers] [cdnow|random] [unseen weeks] [first seed]. For each generating process (BG/NBD,
 * MBG/NBD, Pareto/NBD) and seed it draws parameters at random from wide ranges, simulates a shop (customers arriving
 * over 26 weeks, 78 weeks of history up to the as-of date, then the unseen weeks, 26 by default), lets Scudo choose
 * its model on the history alone (the holdout check inside it splits that history again), fits every model on the
 * history and scores the unseen weeks. Churn is scored as a forecast of "no order in the unseen weeks": AUC and Brier
 * score of 1 - churn against "ordered again". Scudo's churn is the product's, from {@link FittedModels#forecast} with
 * the churn horizon set to the unseen weeks. The baseline ("the best fitted model") is the best of the three fitted
 * families, each scored twice, with its P(alive) (what lifetimes offers as churn for all three) and with its own
 * P(an order in the window): per metric the best of those six. Also expected against actual repeat orders, and the
 * AUC of the expected orders as a score of who orders again. The generating model at its true parameters is the
 * reference.
 */
public final class ModelAccuracyBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int HISTORY_WEEKS = 78;
    private static final double[][] CDNOW = {{0.2426, 4.4136, 0.7929, 2.4259}, {0.525, 6.183, 0.891, 1.614},
            {0.553, 10.58, 0.606, 11.656}};
    /** Churn within this much of the best fitted model's AUC and Brier counts as at the best. */
    private static final double TIE = 0.0005;

    private ModelAccuracyBenchmark() {
    }

    /**
     * One model's predictions of the unseen weeks: churn as a forecast of "ordered again" ({@code buyAgain} per
     * customer, 1 - churn), and expected orders.
     */
    record Score(String model, double auc, double brier, double expected, int actual, double expectedOrdersAuc,
                 double[] buyAgain) {

        double totalError() {
            return (expected - actual) / actual;
        }
    }

    /** A simulated shop's history up to the as-of date and what each customer did in the unseen weeks after it. */
    record Shop(String family, double[] truth, List<int[]> history, List<PurchaseSummary> summaries, int[] unseenOrders,
                int unseenWeeks) {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        boolean published = args.length > 2 && args[2].equals("cdnow");
        int unseenWeeks = args.length > 3 ? Integer.parseInt(args[3]) : 26;
        int firstSeed = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        System.out.printf(Locale.ROOT, "%d seeds x 3 processes, %,d customers each, %s, %d unseen weeks; load average %s%n", seeds,
                customers, published ? "the published CDNOW parameters of each family" : "parameters drawn at random", unseenWeeks,
                loadAverage());
        int[] hits = new int[3];
        int churnAtBest = 0;
        int clearlyShort = 0;
        int trueAtBest = 0;
        int ordersAtCeiling = 0;
        List<String> rows = new ArrayList<>();
        long start = System.nanoTime();
        for (int family = 0; family < 3; family++) {
            for (int seed = firstSeed; seed < firstSeed + seeds; seed++) {
                Shop shop = simulate(ModelSelection.MODELS.get(family), seed, customers, published, unseenWeeks);
                ModelChoice choice = ModelSelection.choose(shop.history(), AS_OF, ChoiceSettings.defaults(), ModelSettings.defaults());
                List<ModelFit> fits = ModelSelection.MODELS.stream()
                        .map(m -> PurchaseModels.fitPurchases(m, shop.summaries(), ModelSettings.defaults())).toList();
                List<Score> fitted = new ArrayList<>();
                for (ModelFit fit : fits) {
                    PurchaseProcess process = PurchaseProcess.of(fit);
                    fitted.add(score(fit.model() + " P(alive)", process, c -> process.probabilityAlive(c.frequency(), c.recency(), c.age()), shop));
                    fitted.add(score(fit.model() + " P(order)", process, c -> 1 - process.probabilityNoPurchase(unseenWeeks, c.frequency(),
                            c.recency(), c.age()), shop));
                }
                Score ours = scudo(shop, fits, choice);
                PurchaseProcess trueProcess = trueProcess(shop.family(), shop.truth());
                Score truth = score("true " + shop.family() + " P(order)", trueProcess,
                        c -> 1 - trueProcess.probabilityNoPurchase(unseenWeeks, c.frequency(), c.recency(), c.age()), shop);
                Score bestAuc = fitted.stream().max(Comparator.comparingDouble(Score::auc)).orElseThrow();
                Score bestBrier = fitted.stream().min(Comparator.comparingDouble(Score::brier)).orElseThrow();
                double bestOrdersAuc = fitted.stream().mapToDouble(Score::expectedOrdersAuc).max().orElseThrow();
                boolean atBest = ours.auc() >= bestAuc.auc() - TIE && ours.brier() <= bestBrier.brier() + TIE;
                churnAtBest += atBest ? 1 : 0;
                boolean[] bought = bought(shop);
                double aucGap = ours.auc() - bestAuc.auc();
                double aucNoise = Math.sqrt(pairedAucVariance(ours.buyAgain(), bestAuc.buyAgain(), bought));
                double brierGap = ours.brier() - bestBrier.brier();
                double brierNoise = pairedBrierError(ours.buyAgain(), bestBrier.buyAgain(), bought);
                boolean clearlyBelow = aucGap < -2 * aucNoise || brierGap > 2 * brierNoise;
                clearlyShort += clearlyBelow ? 1 : 0;
                trueAtBest += truth.auc() >= bestAuc.auc() - TIE && truth.brier() <= bestBrier.brier() + TIE ? 1 : 0;
                ordersAtCeiling += ours.expectedOrdersAuc() >= bestOrdersAuc - TIE ? 1 : 0;
                hits[family] += choice.chosen().equals(shop.family()) ? 1 : 0;
                System.out.printf(Locale.ROOT, "%s seed %d, true %s -> Scudo chose %s%s (load %s)%n", shop.family(), seed,
                        Arrays.toString(round(shop.truth())), choice.chosen(), atBest ? "" : " (churn below the best fitted model)",
                        loadAverage());
                for (HoldoutCheck c : choice.checks()) {
                    System.out.printf(Locale.ROOT, "  holdout check %-10s orders off %.4f (weekly %.4f, by past orders %.4f); churn Brier %.5f,"
                            + " log-loss %.5f%n", c.model(), c.score(), c.weeklyError(), c.frequencyError(), c.churnBrier(), c.churnLogLoss());
                }
                print("  Scudo (" + choice.chosen() + ")", ours);
                fitted.forEach(f -> print("  " + f.model(), f));
                print("  " + truth.model(), truth);
                System.out.printf(Locale.ROOT, "  Scudo's churn against the best fitted: AUC %+.4f (paired SE %.4f), Brier %+.5f (paired SE %.5f)%s%n",
                        aucGap, aucNoise, brierGap, brierNoise, clearlyBelow ? ", more than 2 SE worse" : ", within 2 SE");
                rows.add(String.format(Locale.ROOT, "| %s %d | %s | %s | %.4f / %.4f | %.4f (%s) / %.4f (%s) | %+.4f ± %.4f / %+.5f ± %.5f | %.4f / %.4f | %+.1f%% / %+.1f%% | %.3f / %.3f |",
                        shop.family(), seed, Arrays.toString(round(shop.truth())).replaceAll("[\\[\\]]", ""), choice.chosen(),
                        ours.auc(), ours.brier(), bestAuc.auc(), bestAuc.model(), bestBrier.brier(), bestBrier.model(), aucGap, aucNoise,
                        brierGap, brierNoise, truth.auc(), truth.brier(), 100 * ours.totalError(), 100 * truth.totalError(),
                        ours.expectedOrdersAuc(), bestOrdersAuc));
            }
        }
        System.out.println("| shop | true parameters | chosen | Scudo churn AUC / Brier | best fitted AUC (which) / Brier (which)"
                + " | gap AUC ± SE / Brier ± SE | true model AUC / Brier | orders vs actual: Scudo / true"
                + " | AUC of expected orders: Scudo / best fitted |");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "choice rate: BG/NBD %d of %d, MBG/NBD %d of %d, Pareto/NBD %d of %d; Scudo's churn at the best"
                + " fitted model (AUC and Brier within %.4f) on %d of %d shops (the true model on %d), more than 2 paired SE worse on %d;"
                + " ranking by expected orders at the best fitted on %d of %d; %.0f s; load average %s%n", hits[0], seeds, hits[1], seeds,
                hits[2], seeds, TIE, churnAtBest, 3 * seeds, trueAtBest, clearlyShort, ordersAtCeiling, 3 * seeds,
                (System.nanoTime() - start) / 1e9, loadAverage());
    }

    /** The product's figures: the chosen fit drives {@link FittedModels#forecast}, churn over the unseen weeks. */
    private static Score scudo(Shop shop, List<ModelFit> fits, ModelChoice choice) {
        ModelFit driving = fits.get(ModelSelection.MODELS.indexOf(choice.chosen()));
        FittedModels models = new FittedModels(fits, driving, PurchaseModels.fitSpend(shop.summaries(), ModelSettings.defaults()), choice);
        ForecastSettings settings = new ForecastSettings(shop.unseenWeeks(), shop.unseenWeeks(), 12, 0.01);
        Map<PurchaseSummary, CustomerForecast> forecasts = new IdentityHashMap<>();
        for (PurchaseSummary c : shop.summaries()) {
            forecasts.put(c, models.forecast(c, settings));
        }
        return score("Scudo", c -> forecasts.get(c).expectedOrders(), c -> 1 - forecasts.get(c).churn(), shop);
    }

    /** Parameters drawn from wide ranges (not any published fit), or the family's CDNOW fit; then a shop from them. */
    static Shop simulate(String family, long seed, int customers, boolean published, int unseenWeeks) {
        RandomDataGenerator draw = new RandomDataGenerator(1000 * seed + ModelSelection.MODELS.indexOf(family));
        double[] truth = published ? CDNOW[ModelSelection.MODELS.indexOf(family)] : ModelFit.PARETO_NBD.equals(family)
                ? new double[] {draw.nextUniform(0.3, 1.5), draw.nextUniform(4, 20), draw.nextUniform(0.3, 1.5), draw.nextUniform(4, 30)}
                : new double[] {draw.nextUniform(0.3, 1.5), draw.nextUniform(4, 20), draw.nextUniform(0.3, 1.5), draw.nextUniform(1.5, 6)};
        int asOf = (int) AS_OF.toEpochDay();
        List<int[]> full = new ShopSimulator(seed).purchaseDays(family, truth, customers, asOf - 7 * HISTORY_WEEKS, 26,
                asOf + 7 * unseenWeeks);
        return split(family, truth, full, asOf, unseenWeeks);
    }

    static Shop split(String family, double[] truth, List<int[]> full, int asOf, int unseenWeeks) {
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
        return new Shop(family, truth, history, summaries, unseen, unseenWeeks);
    }

    static Score score(String model, PurchaseProcess process, ToDoubleFunction<PurchaseSummary> buyAgain, Shop shop) {
        return score(model, c -> process.conditionalExpectedPurchases(shop.unseenWeeks(), c.frequency(), c.recency(), c.age()),
                buyAgain, shop);
    }

    /** {@code buyAgain}: the model's chance of an order in the unseen weeks (the complement of churn). */
    static Score score(String model, ToDoubleFunction<PurchaseSummary> expectedOrders, ToDoubleFunction<PurchaseSummary> buyAgain,
                       Shop shop) {
        int n = shop.summaries().size();
        double[] again = new double[n];
        double[] orders = new double[n];
        boolean[] bought = new boolean[n];
        double expected = 0;
        int actual = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            PurchaseSummary c = shop.summaries().get(i);
            again[i] = buyAgain.applyAsDouble(c);
            orders[i] = expectedOrders.applyAsDouble(c);
            expected += orders[i];
            actual += shop.unseenOrders()[i];
            bought[i] = shop.unseenOrders()[i] > 0;
            double miss = again[i] - (bought[i] ? 1 : 0);
            brier += miss * miss;
        }
        return new Score(model, auc(again, bought), brier / n, expected, actual, auc(orders, bought), again);
    }

    private static boolean[] bought(Shop shop) {
        boolean[] bought = new boolean[shop.unseenOrders().length];
        for (int i = 0; i < bought.length; i++) {
            bought[i] = shop.unseenOrders()[i] > 0;
        }
        return bought;
    }

    /** Standard error of the mean paired difference of the two forecasts' squared errors. */
    static double pairedBrierError(double[] a, double[] b, boolean[] positive) {
        int n = a.length;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double y = positive[i] ? 1 : 0;
            double d = (a[i] - y) * (a[i] - y) - (b[i] - y) * (b[i] - y);
            sum += d;
            squares += d * d;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean) / (n - 1));
    }

    /**
     * DeLong, DeLong and Clarke-Pearson (1988): the variance of AUC(a) - AUC(b) on the same customers, from each
     * customer's placement among the other class (midranks, ties counting half).
     */
    static double pairedAucVariance(double[] a, double[] b, boolean[] positive) {
        double[][] placements = {placements(a, positive), placements(b, positive)};
        double variance = 0;
        for (boolean cls : new boolean[] {true, false}) {
            double[] d = new double[a.length];
            int count = 0;
            double mean = 0;
            for (int i = 0; i < a.length; i++) {
                if (positive[i] == cls) {
                    d[count] = placements[0][i] - placements[1][i];
                    mean += d[count++];
                }
            }
            mean /= count;
            double squares = 0;
            for (int k = 0; k < count; k++) {
                squares += (d[k] - mean) * (d[k] - mean);
            }
            variance += squares / (count - 1) / count;
        }
        return variance;
    }

    /** For a positive: the share of negatives it outscores; for a negative: the share of positives that outscore it. */
    private static double[] placements(double[] score, boolean[] positive) {
        double[] all = midranks(score, null, false);
        double[] pos = midranks(score, positive, true);
        double[] neg = midranks(score, positive, false);
        long positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        long negatives = score.length - positives;
        double[] placement = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            placement[i] = positive[i] ? (all[i] - pos[i]) / negatives : 1 - (all[i] - neg[i]) / positives;
        }
        return placement;
    }

    /** Midranks (1-based, ties averaged) among all customers, or among those whose class is {@code cls}. */
    private static double[] midranks(double[] score, boolean[] positive, boolean cls) {
        Integer[] order = java.util.stream.IntStream.range(0, score.length).filter(i -> positive == null || positive[i] == cls)
                .boxed().sorted(Comparator.comparingDouble(i -> score[i])).toArray(Integer[]::new);
        double[] ranks = new double[score.length];
        for (int from = 0; from < order.length; ) {
            int to = from;
            while (to < order.length && score[order[to]] == score[order[from]]) {
                to++;
            }
            for (int k = from; k < to; k++) {
                ranks[order[k]] = (from + 1 + to) / 2.0;
            }
            from = to;
        }
        return ranks;
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
        System.out.printf(Locale.ROOT, "%-28s AUC %.4f  Brier %.4f  expected %,8.1f  actual %,6d  (%+.1f%%)  AUC of expected orders %.4f%n",
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
