package com.scudo.analytics.internal;

import com.scudo.analytics.model.ChoiceSettings;
import com.scudo.analytics.model.HoldoutCheck;
import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelSelection;
import com.scudo.analytics.model.ModelSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's choice is stored as JSON and read back whole: the report and later runs rely on every figure. */
class ModelChoiceStorageTests {

    @Test
    void aCheckedChoiceSurvivesTheRoundTrip() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        ModelChoice choice = ModelSelection.choose(shop(end), end, new ChoiceSettings(100, 8, 26, 20, 5000),
                ModelSettings.defaults());
        assertThat(choice.checked()).isTrue();

        ModelChoice back = ModelStore.choiceOf(ModelStore.toJson(choice));

        assertThat(back.chosen()).isEqualTo(choice.chosen());
        assertThat(back.reason()).isEqualTo(choice.reason());
        assertThat(back.calibrationEnd()).isEqualTo(choice.calibrationEnd());
        assertThat(back.checks()).hasSize(3);
        assertThat(back.customers()).isEqualTo(choice.customers());
        assertThat(back.calibrationCustomers()).isEqualTo(choice.calibrationCustomers()).isEqualTo(400);
        HoldoutCheck first = back.checks().get(0);
        assertThat(first.expectedByWeek()).containsExactly(choice.checks().get(0).expectedByWeek());
        assertThat(first.actualByWeek()).containsExactly(choice.checks().get(0).actualByWeek());
        assertThat(first.byPastOrders()).isEqualTo(choice.checks().get(0).byPastOrders());
        assertThat(first.parameters()).isEqualTo(choice.checks().get(0).parameters());
        assertThat(ModelCheckReports.headline(back, back.check(back.chosen())))
                .contains("repeat orders in the last 26 weeks").contains(String.format("%,d came", first.actualOrders()));
    }

    @Test
    void aChoiceStoredBeforeTheSampleWasRecordedReadsAsUnsampled() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        ModelChoice choice = ModelSelection.choose(shop(end), end, new ChoiceSettings(100, 8, 26, 20, 5000),
                ModelSettings.defaults());
        String older = ModelStore.toJson(choice).replaceAll(",?\\s*\"calibrationCustomers\"\\s*:\\s*\\d+", "");
        assertThat(older).doesNotContain("calibrationCustomers");

        ModelChoice back = ModelStore.choiceOf(older);

        assertThat(back.calibrationCustomers()).isNull();
        assertThat(back.sampled()).isFalse();
        assertThat(back.chosen()).isEqualTo(choice.chosen());
    }

    @Test
    void aShopTooSmallToCheckKeepsTheDefaultAndSaysWhy() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        ModelChoice choice = ModelSelection.choose(shop(end).subList(0, 50), end, ChoiceSettings.defaults(),
                ModelSettings.defaults());
        ModelChoice back = ModelStore.choiceOf(ModelStore.toJson(choice));
        assertThat(back.checked()).isFalse();
        assertThat(back.chosen()).isEqualTo(ModelChoice.DEFAULT_MODEL);
        assertThat(back.reason()).contains("too few to tell the models apart");
        assertThat(ModelCheckReports.headline(back, back.check(back.chosen()))).isEqualTo(back.reason());
    }

    /** 400 customers arriving over half a year, buying at their own Poisson rate until they drop out (BG/NBD-like). */
    private static List<int[]> shop(LocalDate end) {
        Random random = new Random(7);
        int last = (int) end.toEpochDay();
        List<int[]> shop = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int day = last - 7 * 78 + random.nextInt(180);
            double meanGap = 20 + random.nextInt(100);
            List<Integer> days = new ArrayList<>();
            while (day <= last) {
                days.add(day);
                if (random.nextDouble() < 0.15) {
                    break;
                }
                day += 1 + (int) (-meanGap * Math.log(1 - random.nextDouble()));
            }
            shop.add(days.stream().mapToInt(Integer::intValue).toArray());
        }
        return shop;
    }
}
