package com.scudo.analytics.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The holdout check's sample of a large shop: fixed by the customer ids, so reruns check the same customers. */
class CheckSampleTests {

    @Test
    void theSampleIsTheSameWhateverOrderTheCustomersAreReadIn() {
        List<String> ids = ids(0, 20_000);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(3));

        assertThat(chosen(shuffled, 2_000)).isEqualTo(chosen(ids, 2_000)).hasSize(2_000);
    }

    @Test
    void aShopNoLargerThanTheSampleIsCheckedWhole() {
        assertThat(CheckSample.lowest(ids(0, 500), 500)).containsExactly(java.util.stream.IntStream.range(0, 500).toArray());
        assertThat(CheckSample.lowest(ids(0, 501), 500)).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void aShopThatGainedCustomersKeepsAlmostAllOfItsSample() {
        Set<String> before = chosen(ids(0, 30_000), 5_000);
        Set<String> after = chosen(ids(0, 30_300), 5_000);
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        // each new customer can displace at most one: about 300 x 5,000 / 30,300 = 50 are expected to
        assertThat(kept.size()).isGreaterThanOrEqualTo(5_000 - 300).isLessThan(5_000);
    }

    @Test
    void consecutiveIdsAreSpreadEvenly() {
        // ids that differ in their last characters only must not cluster: each tenth of the ids holds about a tenth
        List<String> ids = ids(0, 100_000);
        int[] byTenth = new int[10];
        for (int i : CheckSample.lowest(ids, 10_000)) {
            byTenth[i / 10_000]++;
        }
        for (int count : byTenth) {
            // binomial(10,000, 0.1) sd is 30; the sample is without replacement, so a little narrower
            assertThat((double) count).isCloseTo(1_000, within(4 * 30.0));
        }
    }

    @Test
    void aLargeShopsCheckSaysItUsedASampleAndReadingOrderDoesNotChangeIt() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        int endDay = (int) end.toEpochDay();
        List<int[]> shop = new ShopSimulator(5).purchaseDays(ModelFit.MBG_NBD, new double[] {0.525, 6.183, 0.891, 1.614}, 3_000,
                endDay - 7 * 78, 26, endDay);
        List<String> ids = ids(0, shop.size());
        ChoiceSettings settings = new ChoiceSettings(100, 8, 26, 20, 1_000);

        ModelChoice choice = ModelSelection.choose(shop, ids, end, settings, ModelSettings.defaults());

        assertThat(choice.checked()).isTrue();
        assertThat(choice.customers()).isEqualTo(1_000);
        assertThat(choice.calibrationCustomers()).isEqualTo(3_000);
        assertThat(choice.sampled()).isTrue();

        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, shop.size()).boxed().toList());
        Collections.shuffle(order, new Random(11));
        List<int[]> shuffledShop = order.stream().map(shop::get).toList();
        List<String> shuffledIds = order.stream().map(ids::get).toList();
        ModelChoice again = ModelSelection.choose(shuffledShop, shuffledIds, end, settings, ModelSettings.defaults());

        assertThat(again.chosen()).isEqualTo(choice.chosen());
        assertThat(again.checks().get(0).actualOrders()).isEqualTo(choice.checks().get(0).actualOrders());
        for (int i = 0; i < choice.checks().size(); i++) {
            // the same customers in the same (key) order: the same fits to the last digit
            assertThat(again.checks().get(i).churnLogLoss()).isEqualTo(choice.checks().get(i).churnLogLoss());
            assertThat(again.checks().get(i).parameters()).isEqualTo(choice.checks().get(i).parameters());
        }
    }

    private static Set<String> chosen(List<String> ids, int size) {
        Set<String> chosen = new HashSet<>();
        for (int i : CheckSample.lowest(ids, size)) {
            chosen.add(ids.get(i));
        }
        return chosen;
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(String.format(Locale.ROOT, "c%08d", i + 1));
        }
        return ids;
    }
}
