package com.scudo.analytics.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holdout check picks the family that generated a simulated shop (5,000 customers arriving over half
 * a year, 78 weeks of history, the CDNOW parameters of each family) in most seeds. It chooses by the churn
 * forecast's log-loss on the holdout; the rates over more shops are measured by scripts/bench-model-accuracy
 * and given in docs/models.md (CDNOW parameters, seeds 1-5: 13 of 15, the misses Pareto/NBD shops taken for
 * MBG/NBD, whose forecasts are nearly the same there). The test runs three seeds to stay fast: BG/NBD and MBG/NBD
 * shops must be recognised in most of them; at the Pareto/NBD parameters (1 of 3 here) a miss must be a near tie.
 */
class ModelSelectionSimulationTests {

    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final int WEEKS = 78;

    @Test
    void picksTheGeneratingFamilyInMostSeeds() {
        int[] seeds = {1, 2, 3};
        int[] hits = new int[3];
        double worstMiss = 0;
        double[][] params = {{0.2426, 4.4136, 0.7929, 2.4259}, {0.525, 6.183, 0.891, 1.614}, {0.553, 10.58, 0.606, 11.656}};
        List<ModelChoice> choices = choices(params, seeds);
        for (int m = 0; m < 3; m++) {
            String model = ModelSelection.MODELS.get(m);
            for (int s = 0; s < seeds.length; s++) {
                int seed = seeds[s];
                ModelChoice choice = choices.get(m * seeds.length + s);
                StringBuilder line = new StringBuilder("SIM " + model + " seed " + seed + " -> " + choice.chosen() + " |");
                for (HoldoutCheck c : choice.checks()) {
                    line.append(String.format(" %s churn log-loss %.5f score %.4f tot %.4f wk %.4f fr %.4f LL %.1f;", c.model(),
                            c.churnLogLoss(), c.score(), c.totalError(), c.weeklyError(), c.frequencyError(), c.logLikelihood()));
                }
                System.out.println(line);
                assertThat(choice.checked()).isTrue();
                assertThat(choice.checks()).hasSize(3);
                assertThat(choice.holdoutWeeks()).isEqualTo(26);
                if (choice.chosen().equals(model)) {
                    hits[m]++;
                } else {
                    double generating = choice.check(model).orElseThrow().churnLogLoss();
                    worstMiss = Math.max(worstMiss, generating / choice.checks().get(0).churnLogLoss() - 1);
                }
            }
        }
        assertThat(hits[0]).as("BG/NBD shops recognised, of %d seeds", seeds.length).isGreaterThan(seeds.length / 2);
        assertThat(hits[1]).as("MBG/NBD shops recognised, of %d seeds", seeds.length).isGreaterThan(seeds.length / 2);
        // At CDNOW's Pareto/NBD parameters MBG/NBD forecasts the holdout as well (same calibration log-likelihood to
        // 0.1 on seed 2): the check takes either, so a miss must be a near tie, not a clearly worse forecast.
        assertThat(hits[2]).as("Pareto/NBD shops recognised, of %d seeds", seeds.length).isPositive();
        assertThat(worstMiss).as("relative churn log-loss of the generating family over the chosen one").isLessThan(0.005);
    }

    /**
     * The choice on a shop simulated from each family ({@code params[m]} for {@code ModelSelection.MODELS.get(m)})
     * with each seed, in that order (family by family, seed by seed). The shops are independent and each is
     * reproducible from its seed, and one choice keeps one core busy (5,000 customers is below the size where the
     * fits sum in parallel): they are worked out side by side, so the test takes half the time on two cores.
     */
    private static List<ModelChoice> choices(double[][] params, int[] seeds) {
        return IntStream.range(0, params.length * seeds.length).parallel().mapToObj(i -> {
            String model = ModelSelection.MODELS.get(i / seeds.length);
            List<int[]> shop = new ShopSimulator(seeds[i % seeds.length]).purchaseDays(model, params[i / seeds.length], 5000,
                    (int) END.minusWeeks(WEEKS).toEpochDay(), 26, (int) END.toEpochDay());
            return ModelSelection.choose(shop, END, ChoiceSettings.defaults(), ModelSettings.defaults());
        }).toList();
    }

    /**
     * Parameters where the families' predictions part clearly (a third of the customers leave after a
     * purchase; under MBG/NBD also after the first; under Pareto/NBD at any moment, a lifetime of about 15
     * weeks on average): each shop, on seeds other than the ones above, must be recognised.
     */
    @Test
    void picksTheGeneratingFamilyWhenTheFamiliesDifferClearly() {
        double[][] params = {{1.0, 8.0, 1.0, 2.0}, {1.0, 8.0, 1.0, 2.0}, {1.0, 8.0, 1.0, 15.0}};
        int[] seeds = {11, 12};
        List<ModelChoice> choices = choices(params, seeds);
        for (int m = 0; m < 3; m++) {
            String model = ModelSelection.MODELS.get(m);
            for (int s = 0; s < seeds.length; s++) {
                int seed = seeds[s];
                ModelChoice choice = choices.get(m * seeds.length + s);
                StringBuilder line = new StringBuilder("CLEAR " + model + " seed " + seed + " -> " + choice.chosen() + " |");
                for (HoldoutCheck c : choice.checks()) {
                    line.append(String.format(" %s churn log-loss %.5f score %.4f;", c.model(), c.churnLogLoss(), c.score()));
                }
                System.out.println(line);
                assertThat(choice.chosen()).as("shop simulated from %s, seed %d", model, seed).isEqualTo(model);
                HoldoutCheck best = choice.checks().get(0);
                assertThat(best.churnLogLoss()).isLessThan(choice.checks().get(1).churnLogLoss());
            }
        }
    }
}
