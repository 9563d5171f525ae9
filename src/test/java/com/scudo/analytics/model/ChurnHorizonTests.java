package com.scudo.analytics.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Churn is the chance of no order in the churn horizon, 1 - P(alive) + P(alive) · P(no order in t | active), from
 * each family's closed form. Checked against shops simulated from each process (at the true parameters the predicted
 * number of customers without an order in the unseen weeks must match the count, overall and by past orders), and
 * for Pareto/NBD against an independent route: the likelihood of the history stretched to T + t over that of T.
 */
class ChurnHorizonTests {

    private static final int UNSEEN_WEEKS = 26;

    /** The benchmark's shops: parameters drawn at random from wide ranges, 78 weeks of history, 26 unseen. */
    @Test
    void predictedCustomersWithoutAnOrderMatchSimulatedShopsOfEveryFamily() {
        for (int family = 0; family < 3; family++) {
            String model = ModelSelection.MODELS.get(family);
            ModelAccuracyBenchmark.Shop shop = ModelAccuracyBenchmark.simulate(model, 3, 20_000, false, UNSEEN_WEEKS);
            PurchaseProcess process = ModelAccuracyBenchmark.trueProcess(model, shop.truth());
            double[] predicted = new double[4];
            double[] variance = new double[4];
            int[] silent = new int[4];
            List<PurchaseSummary> customers = shop.summaries();
            for (int i = 0; i < customers.size(); i++) {
                PurchaseSummary c = customers.get(i);
                double p = process.probabilityNoPurchase(UNSEEN_WEEKS, c.frequency(), c.recency(), c.age());
                int group = Math.min(c.frequency(), 3);
                predicted[group] += p;
                variance[group] += p * (1 - p);
                silent[group] += shop.unseenOrders()[i] == 0 ? 1 : 0;
            }
            for (int g = 0; g < 4; g++) {
                assertThat(silent[g]).as(model + ", customers with " + g + (g == 3 ? "+" : "") + " repeat orders")
                        .isCloseTo((int) Math.round(predicted[g]), within((int) Math.ceil(4 * Math.sqrt(variance[g])) + 1));
            }
        }
    }

    @Test
    void paretoNbdNoOrderChanceIsTheLikelihoodOfTheLongerSilence() {
        ParetoNbdModel cdnow = new ParetoNbdModel(0.553, 10.58, 0.606, 11.656);
        ParetoNbdModel betaBelowAlpha = new ParetoNbdModel(0.9, 20, 0.4, 3);
        for (ParetoNbdModel model : List.of(cdnow, betaBelowAlpha)) {
            for (int[] history : new int[][] {{0, 0, 30}, {2, 20, 38}, {7, 35, 36}, {1, 3, 70}}) {
                int x = history[0];
                for (double t : new double[] {1, 13, 52, 200}) {
                    double ratio = Math.exp(model.logLikelihood(x, history[1], history[2] + t) - model.logLikelihood(x, history[1], history[2]));
                    assertThat(model.probabilityNoPurchase(t, x, history[1], history[2])).as("x %d, t %s", x, t)
                            .isCloseTo(ratio, within(1e-10));
                }
            }
        }
    }

    @Test
    void betaGeoChurnFallsWithTheHorizonTowardsOneMinusPAlive() {
        BetaGeoModel mbg = BetaGeoModel.of(true, new double[] {0.525, 6.183, 0.891, 1.614});
        double previous = 1;
        for (double t : new double[] {1, 4, 13, 26, 52, 104}) {
            double churn = mbg.probabilityNoPurchase(t, 2, 20, 40);
            assertThat(churn).isLessThan(previous);
            previous = churn;
        }
        assertThat(mbg.probabilityNoPurchase(1e9, 2, 20, 40)).isCloseTo(1 - mbg.probabilityAlive(2, 20, 40), within(1e-9));
        BetaGeoModel bg = BetaGeoModel.of(false, new double[] {0.2426, 4.4136, 0.7929, 2.4259});
        // a BG/NBD one-time buyer is active for sure: churn is only the chance of a quiet year
        assertThat(bg.probabilityNoPurchase(52, 0, 0, 30)).isCloseTo(Math.pow(34.4136 / 86.4136, 0.2426), within(1e-12));
    }

    @Test
    void logOddsAndTheirGradientsAgreeWithTheChanceItself() {
        List<PurchaseProcess> models = List.of(BetaGeoModel.of(false, new double[] {0.2426, 4.4136, 0.7929, 2.4259}),
                BetaGeoModel.of(true, new double[] {0.525, 6.183, 0.891, 1.614}), new ParetoNbdModel(0.553, 10.58, 0.606, 11.656));
        double step = 1e-6;
        for (PurchaseProcess model : models) {
            double[] p = parameters(model);
            for (int[] h : new int[][] {{0, 0, 30}, {3, 25, 38}, {12, 36, 37}}) {
                double[] gradient = new double[4];
                double logOdds = model.logNoPurchaseOdds(52, h[0], h[1], h[2], gradient);
                double churn = model.probabilityNoPurchase(52, h[0], h[1], h[2]);
                assertThat(logOdds).isCloseTo(Math.log(churn / (1 - churn)), within(1e-9));
                for (int j = 0; j < 4; j++) {
                    double[] up = p.clone();
                    double[] down = p.clone();
                    up[j] *= Math.exp(step);
                    down[j] *= Math.exp(-step);
                    double numeric = (with(model, up).logNoPurchaseOdds(52, h[0], h[1], h[2], new double[4])
                            - with(model, down).logNoPurchaseOdds(52, h[0], h[1], h[2], new double[4])) / (2 * step);
                    assertThat(gradient[j]).as("%s, parameter %d", model, j).isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
                }
            }
        }
    }

    private static double[] parameters(PurchaseProcess model) {
        return model instanceof BetaGeoModel m ? new double[] {m.r(), m.alpha(), m.a(), m.b()}
                : new double[] {((ParetoNbdModel) model).r(), ((ParetoNbdModel) model).alpha(), ((ParetoNbdModel) model).s(),
                ((ParetoNbdModel) model).beta()};
    }

    private static PurchaseProcess with(PurchaseProcess model, double[] p) {
        return model instanceof BetaGeoModel m ? BetaGeoModel.of(m.modified(), p) : ParetoNbdModel.of(p);
    }
}
