package com.scudo.analytics.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** BG/NBD against the published CDNOW results (Fader, Hardie and Lee 2005; lifetimes). */
class BgNbdCdnowTests {

    private static ModelFit fit;
    private static BetaGeoModel model;

    @BeforeAll
    static void fitCdnow() {
        fit = PurchaseModels.fitPurchases(false, Cdnow.summary(), ModelSettings.defaults());
        model = BetaGeoModel.of(false, fit.parameterArray());
    }

    @Test
    void reproducesPublishedParametersAndLogLikelihood() {
        assertThat(fit.model()).isEqualTo("BG/NBD");
        assertThat(fit.usedPrior()).isFalse();
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.parameter("r")).isCloseTo(0.242593, withinPercentage(0.05));
        assertThat(fit.parameter("alpha")).isCloseTo(4.413532, withinPercentage(0.05));
        assertThat(fit.parameter("a")).isCloseTo(0.792886, withinPercentage(0.05));
        assertThat(fit.parameter("b")).isCloseTo(2.425752, withinPercentage(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.01));
    }

    @Test
    void standardErrorsAreFiniteAndPositive() {
        assertThat(fit.standardErrors().values()).allSatisfy(se -> assertThat(se).isFinite().isPositive());
        assertThat(fit.covariance()).hasDimensions(4, 4);
    }

    /** Published to four decimals: agree to half a unit of the last decimal or 0.05%, whichever is larger. */
    @Test
    void unconditionalExpectationsMatchPublishedValues() {
        double[] weeks = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < weeks.length; i++) {
            assertThat(model.expectedPurchases(weeks[i])).as("E[X(%s)]", weeks[i]).isCloseTo(expected[i], within(Math.max(5e-5, 5e-4 * expected[i])));
        }
        assertThat(model.expectedPurchases(52)).isCloseTo(1.444004, withinPercentage(0.01));
    }

    @Test
    void conditionalExpectationsMatchPublishedCustomers() {
        assertThat(model.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.72661, within(5e-5));
        assertThat(model.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.2259, within(5e-4));
        assertThat(model.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.96885, within(5e-5));
        assertThat(model.conditionalExpectedPurchases(52, 26, 30.85714, 31)).isCloseTo(25.7566, within(5e-3));
    }

    @Test
    void purchaseCountProbabilitiesMatchPublishedValues() {
        BetaGeoModel rounded = new BetaGeoModel(false, 0.243, 4.414, 0.793, 2.426);
        assertThat(rounded.probabilityOfPurchases(0, 39)).isCloseTo(0.5737864, within(1e-7));
        assertThat(rounded.probabilityOfPurchases(10, 2)).isCloseTo(1.07869e-07, withinPercentage(0.01));
        double total = 0;
        for (int n = 0; n < 200; n++) {
            total += rounded.probabilityOfPurchases(n, 39);
        }
        assertThat(total).isCloseTo(1, within(1e-6));
    }

    @Test
    void oneTimeBuyersAreAlwaysAliveUnderBgNbd() {
        assertThat(model.probabilityAlive(0, 0, 5)).isEqualTo(1.0);
        assertThat(model.probabilityAlive(0, 0, 500)).isEqualTo(1.0);
    }

    @Test
    void holdoutPurchasesMatchPublishedTotal() {
        BetaGeoModel published = new BetaGeoModel(false, 0.2426, 4.4136, 0.7929, 2.4259);
        List<Cdnow.HoldoutCustomer> customers = Cdnow.exactWeeksWithHoldout();
        double expected = 0;
        int actual = 0;
        for (Cdnow.HoldoutCustomer c : customers) {
            PurchaseSummary s = c.calibration();
            expected += published.conditionalExpectedPurchases(39, s.frequency(), s.recency(), s.age());
            actual += c.holdoutPurchases();
        }
        assertThat(expected).isCloseTo(1653.4, within(0.5));
        assertThat(actual).isEqualTo(1882);
    }
}
