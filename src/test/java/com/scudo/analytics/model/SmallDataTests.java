package com.scudo.analytics.model;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Small shops get finite, stable numbers from the priors; the churn range reflects how much data there is. */
class SmallDataTests {

    private static List<PurchaseSummary> cdnow;
    private static FittedModels full;

    @BeforeAll
    static void fitFull() {
        cdnow = Cdnow.summaryWithSpend();
        full = PurchaseModels.fit(cdnow, ModelSettings.defaults());
    }

    @Test
    void tenCustomerShopGetsSensibleNumbersFromThePriors() {
        FittedModels models = PurchaseModels.fit(cdnow.subList(0, 10), ModelSettings.defaults());
        assertThat(models.purchase().usedPrior()).isTrue();
        assertThat(models.churn().usedPrior()).isTrue();
        assertThat(models.spend().usedPrior()).isTrue();
        assertThat(models.churn().note()).contains("10 customers");
        assertSensible(models, cdnow.subList(0, 10));
    }

    @Test
    void threeCustomerShopGetsSensibleNumbers() {
        FittedModels models = PurchaseModels.fit(cdnow.subList(20, 23), ModelSettings.defaults());
        assertThat(models.churn().customers()).isEqualTo(3);
        assertSensible(models, cdnow.subList(20, 23));
    }

    @Test
    void tenCustomerFitsAreStableAcrossShops() {
        for (int shop = 0; shop < 8; shop++) {
            List<PurchaseSummary> customers = cdnow.subList(shop * 10, shop * 10 + 10);
            FittedModels models = PurchaseModels.fit(customers, ModelSettings.defaults());
            double[] fitted = models.churn().parameterArray();
            for (int j = 0; j < 4; j++) {
                // the prior keeps every parameter within a factor of e^2.5 of its (rate-scaled) centre
                assertThat(Math.abs(Math.log(fitted[j] / SmallDataPriors.MBG_NBD[j]))).as("shop %d parameter %d", shop, j).isLessThan(2.5 + 1.5);
            }
            assertSensible(models, customers);
        }
    }

    @Test
    void shopOfOneTimeBuyersWorksAndOldBuyersChurnMore() {
        List<PurchaseSummary> customers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            customers.add(PurchaseSummary.oneTimeBuyer(1 + i * 2.5, 20 + i));
        }
        FittedModels models = PurchaseModels.fit(customers, new ModelSettings(0, false));
        assertThat(models.churn().usedPrior()).isTrue();
        assertThat(models.churn().note()).contains("small-data priors");
        assertThat(models.spend().customers()).isZero();
        CustomerForecast recent = models.forecast(customers.get(0), ForecastSettings.defaults());
        CustomerForecast old = models.forecast(customers.get(39), ForecastSettings.defaults());
        assertThat(old.churn()).isGreaterThan(recent.churn());
        // no repeat purchases: the spend prior is centred on the mean first-order value (39.5)
        assertThat(recent.expectedSpendPerOrder()).isCloseTo(39.5, within(0.5));
        assertSensible(models, customers);
    }

    @Test
    void churnRangeContainsPointAndIsWiderWithLessData() {
        FittedModels small = PurchaseModels.fit(cdnow.subList(0, 10), ModelSettings.defaults());
        for (PurchaseSummary c : cdnow.subList(0, 30)) {
            CustomerForecast few = small.forecast(c, ForecastSettings.defaults());
            CustomerForecast many = full.forecast(c, ForecastSettings.defaults());
            assertThat(few.churnLow()).isLessThanOrEqualTo(few.churn());
            assertThat(few.churnHigh()).isGreaterThanOrEqualTo(few.churn());
            assertThat(many.churnLow()).isLessThanOrEqualTo(many.churn());
            assertThat(many.churnHigh()).isGreaterThanOrEqualTo(many.churn());
            assertThat(few.churnHigh() - few.churnLow()).isGreaterThan(many.churnHigh() - many.churnLow());
        }
    }

    /** The delta-method range agrees with the 5th/95th percentiles of parameter draws from the same covariance. */
    @Test
    void churnRangeAgreesWithParameterDraws() {
        FittedModels small = PurchaseModels.fit(cdnow.subList(0, 10), ModelSettings.defaults());
        double[] centre = Arrays.stream(small.churn().parameterArray()).map(Math::log).toArray();
        double[][] lower = new CholeskyDecomposition(new Array2DRowRealMatrix(small.churn().covariance())).getL().getData();
        Random random = new Random(7);
        PurchaseSummary customer = cdnow.get(0);
        double[] churn = new double[4000];
        for (int k = 0; k < churn.length; k++) {
            double[] z = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[] p = new double[4];
            for (int i = 0; i < 4; i++) {
                double s = centre[i];
                for (int j = 0; j <= i; j++) {
                    s += lower[i][j] * z[j];
                }
                p[i] = Math.exp(s);
            }
            churn[k] = BetaGeoModel.of(true, p).probabilityNoPurchase(ForecastSettings.defaults().churnHorizonWeeks(),
                    customer.frequency(), customer.recency(), customer.age());
        }
        Arrays.sort(churn);
        CustomerForecast forecast = small.forecast(customer, ForecastSettings.defaults());
        assertThat(forecast.churnLow()).isCloseTo(churn[200], within(0.015));
        assertThat(forecast.churnHigh()).isCloseTo(churn[3800], within(0.015));
    }

    @Test
    void fitsAndForecastsAreDeterministicAndSurviveStorage() {
        List<PurchaseSummary> customers = cdnow.subList(100, 112);
        FittedModels first = PurchaseModels.fit(customers, ModelSettings.defaults());
        FittedModels second = PurchaseModels.fit(customers, ModelSettings.defaults());
        FittedModels stored = PurchaseModels.fromFits(first.churn(), first.spend());
        for (PurchaseSummary c : customers) {
            CustomerForecast forecast = first.forecast(c, ForecastSettings.defaults());
            assertThat(second.forecast(c, ForecastSettings.defaults())).isEqualTo(forecast);
            assertThat(stored.forecast(c, ForecastSettings.defaults())).isEqualTo(forecast);
        }
        assertThat(stored.purchase()).isNull();
    }

    @Test
    void emptyShopFallsBackToPriorsEntirely() {
        FittedModels models = PurchaseModels.fit(List.of(), ModelSettings.defaults());
        assertThat(models.churn().customers()).isZero();
        assertThat(models.spend().parameter("gamma")).isZero();
        CustomerForecast forecast = models.forecast(PurchaseSummary.oneTimeBuyer(4, 0), ForecastSettings.defaults());
        assertThat(forecast.pAlive()).isStrictlyBetween(0.0, 1.0);
        assertThat(forecast.clv()).isZero();
    }

    private static void assertSensible(FittedModels models, List<PurchaseSummary> customers) {
        for (ModelFit fit : List.of(models.purchase(), models.churn(), models.spend())) {
            assertThat(fit.parameters().values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
            assertThat(fit.standardErrors().values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
            assertThat(fit.logLikelihood()).isFinite();
        }
        for (PurchaseSummary c : customers) {
            CustomerForecast f = models.forecast(c, ForecastSettings.defaults());
            assertThat(f.pAlive()).isStrictlyBetween(0.0, 1.0);
            assertThat(f.churnLow()).isBetween(0.0, f.churn());
            assertThat(f.churnHigh()).isBetween(f.churn(), 1.0);
            assertThat(f.expectedOrders()).isFinite().isPositive();
            assertThat(f.expectedSpendPerOrder()).isFinite().isPositive();
            assertThat(f.clv()).isFinite().isPositive();
            assertThat(f.weeksToNextOrder()).isFinite().isPositive();
        }
    }
}
