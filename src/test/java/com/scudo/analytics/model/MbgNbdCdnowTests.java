package com.scudo.analytics.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/** MBG/NBD (the churn model) against the published CDNOW parameters. */
class MbgNbdCdnowTests {

    private static ModelFit fit;
    private static BetaGeoModel model;

    @BeforeAll
    static void fitCdnow() {
        fit = PurchaseModels.fitPurchases(true, Cdnow.summary(), ModelSettings.defaults());
        model = BetaGeoModel.of(true, fit.parameterArray());
    }

    @Test
    void reproducesPublishedParameters() {
        assertThat(fit.model()).isEqualTo("MBG/NBD");
        assertThat(fit.usedPrior()).isFalse();
        assertThat(fit.converged()).isTrue();
        assertThat(fit.parameter("r")).isCloseTo(0.525, withinPercentage(0.1));
        assertThat(fit.parameter("alpha")).isCloseTo(6.183, withinPercentage(0.1));
        assertThat(fit.parameter("a")).isCloseTo(0.891, withinPercentage(0.1));
        assertThat(fit.parameter("b")).isCloseTo(1.614, withinPercentage(0.1));
        assertThat(fit.standardErrors().values()).allSatisfy(se -> assertThat(se).isFinite().isPositive());
    }

    @Test
    void oneTimeBuyersCanHaveDroppedOutAndMoreSoTheLongerAgo() {
        double recent = model.probabilityAlive(0, 0, 2);
        double older = model.probabilityAlive(0, 0, 30);
        double ancient = model.probabilityAlive(0, 0, 104);
        assertThat(recent).isLessThan(1).isGreaterThan(older);
        assertThat(older).isGreaterThan(ancient);
        assertThat(ancient).isGreaterThan(0);
    }

    @Test
    void aliveProbabilityFallsWithTimeSinceLastPurchase() {
        assertThat(model.probabilityAlive(3, 20, 22)).isGreaterThan(model.probabilityAlive(3, 20, 40));
        assertThat(model.probabilityAlive(3, 20, 40)).isGreaterThan(model.probabilityAlive(3, 5, 40));
    }

    @Test
    void conditionalExpectationAddsUpToUnconditionalForNewCustomers() {
        // a customer seen only at time 0 with T = 0 has the population's expectation
        assertThat(model.conditionalExpectedPurchases(26, 0, 0, 0)).isCloseTo(model.expectedPurchases(26), withinPercentage(1e-6));
    }
}
