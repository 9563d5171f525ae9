package com.scudo.analytics.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** Gamma-Gamma and CLV against the published CDNOW results. */
class GammaGammaCdnowTests {

    private static List<PurchaseSummary> customers;
    private static ModelFit fit;

    @BeforeAll
    static void fitCdnow() {
        customers = Cdnow.summaryWithSpend();
        fit = PurchaseModels.fitSpend(customers, ModelSettings.defaults());
    }

    @Test
    void reproducesPublishedParametersAndLogLikelihood() {
        assertThat(fit.model()).isEqualTo("Gamma-Gamma");
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.usedPrior()).isFalse();
        assertThat(fit.converged()).isTrue();
        assertThat(fit.parameter("p")).isCloseTo(6.2488, withinPercentage(0.05));
        assertThat(fit.parameter("q")).isCloseTo(3.7446, withinPercentage(0.05));
        assertThat(fit.parameter("gamma")).isCloseTo(15.4477, withinPercentage(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.92, within(0.01));
        assertThat(fit.standardErrors().values()).allSatisfy(se -> assertThat(se).isFinite().isPositive());
    }

    @Test
    void expectedSpendOfFirstTenCustomersMatchesPublished() {
        double[] published = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < published.length; i++) {
            PurchaseSummary c = customers.get(i);
            double spend = GammaGammaLikelihood.conditionalExpectedSpend(fit.parameter("p"), fit.parameter("q"), fit.parameter("gamma"),
                    c.frequency(), c.averageRepeatValue());
            assertThat(spend).as("customer %d", i + 1).isCloseTo(published[i], within(0.01));
        }
    }

    /** The widely quoted example: BG/NBD purchases, 12 steps of 30 weekly time units, 1% per step. */
    @Test
    void lifetimeValueMatchesPublishedExampleConvention() {
        BetaGeoModel purchases = BetaGeoModel.of(false, PurchaseModels.fitPurchases(false, customers, ModelSettings.defaults()).parameterArray());
        int[] ids = {1, 6, 9};
        double[] published = {140.10, 1003.87, 167.42};
        for (int i = 0; i < ids.length; i++) {
            PurchaseSummary c = customers.get(ids[i] - 1);
            double spend = GammaGammaLikelihood.conditionalExpectedSpend(fit.parameter("p"), fit.parameter("q"), fit.parameter("gamma"),
                    c.frequency(), c.averageRepeatValue());
            double clv = LifetimeValue.discounted(t -> purchases.conditionalExpectedPurchases(t, c.frequency(), c.recency(), c.age()),
                    spend, 12, 30, 0.01);
            assertThat(clv).as("customer %d", ids[i]).isCloseTo(published[i], within(0.01));
        }
    }

    @Test
    void calendarLifetimeValueIsSmallerThanThirtyUnitConvention() {
        FittedModels models = PurchaseModels.fit(customers, ModelSettings.defaults());
        PurchaseSummary first = customers.get(0);
        CustomerForecast forecast = models.forecast(first, ForecastSettings.defaults());
        assertThat(forecast.clv()).isPositive().isLessThan(140.10);
        assertThat(forecast.expectedSpendPerOrder()).isCloseTo(24.65, within(0.01));
    }
}
