package com.scudo.analytics.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fitting data simulated from known parameters recovers them (20,000 customers, fixed seeds). */
class SimulationRecoveryTests {

    private static final double[] PURCHASE = {0.8, 8.0, 0.6, 3.0};
    private static final double[] SPEND = {5.0, 4.0, 40.0};
    private static final String[] PURCHASE_NAMES = {"r", "alpha", "a", "b"};
    private static final String[] SPEND_NAMES = {"p", "q", "gamma"};

    @Test
    void bgNbdRecoversSimulationParameters() {
        List<PurchaseSummary> customers = new PurchaseSimulator(11).customers(20_000, false, PURCHASE, SPEND, 26, 104);
        assertRecovered(PurchaseModels.fitPurchases(false, customers, ModelSettings.defaults()), PURCHASE_NAMES, PURCHASE);
    }

    @Test
    void mbgNbdRecoversSimulationParameters() {
        List<PurchaseSummary> customers = new PurchaseSimulator(12).customers(20_000, true, PURCHASE, SPEND, 26, 104);
        assertRecovered(PurchaseModels.fitPurchases(true, customers, ModelSettings.defaults()), PURCHASE_NAMES, PURCHASE);
    }

    @Test
    void gammaGammaRecoversSimulationParameters() {
        List<PurchaseSummary> customers = new PurchaseSimulator(13).customers(20_000, false, PURCHASE, SPEND, 26, 104);
        assertRecovered(PurchaseModels.fitSpend(customers, ModelSettings.defaults()), SPEND_NAMES, SPEND);
    }

    /** Within three standard errors, and the standard errors small enough that this means something (< 15%). */
    private static void assertRecovered(ModelFit fit, String[] names, double[] truth) {
        assertThat(fit.usedPrior()).isFalse();
        assertThat(fit.converged()).isTrue();
        for (int j = 0; j < names.length; j++) {
            double estimate = fit.parameter(names[j]);
            double se = fit.standardErrors().get(names[j]);
            assertThat(se).as("se of %s", names[j]).isPositive().isLessThan(0.15 * truth[j]);
            assertThat(Math.abs(estimate - truth[j])).as("%s = %s ± %s, truth %s", names[j], estimate, se, truth[j])
                    .isLessThan(3 * se);
        }
    }
}
