package com.scudo.analytics.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A fit that had to fall back to the priors says why, in terms of what the orders show. */
class FitNoteTests {

    @Test
    void aShopWhereNobodyLeavesSaysTheDropOutParametersRanToTheirLimit() {
        // the benchmark's steady buyers: orders on uniform days of the last 1,000 for every customer, nobody leaves
        List<int[]> days = FitPhaseBenchmark.purchaseDays(4_000, 40_000, new SplittableRandom(3));
        int end = (int) LocalDate.of(2026, 12, 6).toEpochDay();
        List<PurchaseSummary> shop = new ArrayList<>();
        for (int[] d : days) {
            shop.add(new PurchaseSummary(d.length - 1, (d[d.length - 1] - d[0]) / 7.0, (end - d[0]) / 7.0, 0));
        }

        for (String model : ModelSelection.MODELS) {
            ModelFit fit = PurchaseModels.fitPurchases(model, shop, ModelSettings.defaults());
            assertThat(fit.usedPrior()).as(model).isTrue();
            assertThat(fit.note()).as(model).startsWith("Plain maximum likelihood ran off to a boundary (")
                    .contains("the orders show no sign of customers leaving")
                    .endsWith("; posterior mode with the small-data priors instead.");
            assertThat(fit.note()).as(model).containsAnyOf("a towards 0", "b towards infinity", "s towards 0", "beta towards infinity")
                    .doesNotContain("r towards", "alpha towards");
        }
    }

    @Test
    void aRunawayOfThePurchaseRateIsNamedWithoutClaimingNobodyLeaves() {
        String[] names = {"r", "alpha", "a", "b"};
        double[] start = {0, Math.log(5), 0, Math.log(2)};

        String note = PurchaseModels.runawayDirection(names, new double[] {Math.exp(12), 5, Math.exp(-10), 2}, start);

        assertThat(note).isEqualTo(" (r towards infinity, a towards 0)");
        assertThat(PurchaseModels.runawayDirection(names, new double[] {1, 5, 1, 2}, start)).isEmpty();
    }
}
