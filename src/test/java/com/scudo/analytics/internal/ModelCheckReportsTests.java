package com.scudo.analytics.internal;

import com.scudo.analytics.model.ChoiceSettings;
import com.scudo.analytics.model.HoldoutCheck;
import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;
import com.scudo.analytics.model.ModelSelection;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model report's churn comparison and choice rule, in a merchant's words beside the figures. */
class ModelCheckReportsTests {

    @Test
    void theChosenModelIsSaidToBeClosestWithEveryRunnerUpsLogLoss() {
        List<HoldoutCheck> ranked = List.of(check("MBG/NBD", 0.41249, 0.19), check("BG/NBD", 0.4312, 0.2),
                check("Pareto/NBD", 0.44, 0.21));
        assertThat(ModelCheckReports.churnInWords(ranked, 0, 13)).isEqualTo("On the last 13 weeks, this model's churn"
                + " forecasts (the chance of no order in those weeks) were the closest of the three to what customers did:"
                + " log-loss 0.412 against 0.431 for BG/NBD and 0.440 for Pareto/NBD (lower is closer).");
    }

    @Test
    void aRunnerUpIsPlacedAndComparedWithTheChosenModel() {
        List<HoldoutCheck> ranked = List.of(check("MBG/NBD", 0.41249, 0.19), check("BG/NBD", 0.4312, 0.2),
                check("Pareto/NBD", 0.44, 0.21));
        assertThat(ModelCheckReports.churnInWords(ranked, 1, 1))
                .startsWith("On the last 1 week, this model's churn forecasts")
                .contains("were the second closest of the three: log-loss 0.431 against 0.412 for MBG/NBD (the chosen model)"
                        + " and 0.440 for Pareto/NBD");
        assertThat(ModelCheckReports.churnInWords(ranked, 2, 26)).contains("the third closest of the three: log-loss 0.440");
    }

    @Test
    void logLossesLevelToThreeDecimalsNameTheTieBreak() {
        List<HoldoutCheck> ranked = List.of(check("Pareto/NBD", 0.41201, 0.19), check("BG/NBD", 0.41204, 0.2),
                check("MBG/NBD", 0.5, 0.21));
        assertThat(ModelCheckReports.churnInWords(ranked, 1, 13)).contains("were as close as Pareto/NBD's to three"
                + " decimals (log-loss 0.412); Pareto/NBD's expected orders were closer, which decides a tie.");
        assertThat(ModelCheckReports.churnInWords(ranked, 0, 13)).contains("level to three decimals; its expected orders"
                + " were closer");
        assertThat(ModelCheckReports.churnInWords(ranked, 2, 13)).doesNotContain("level", "as close as");
    }

    @Test
    void choicesStoredBeforeLogLossesWereKeptHaveNoSentence() {
        List<HoldoutCheck> ranked = List.of(check("MBG/NBD", null, null), check("BG/NBD", null, null));
        assertThat(ModelCheckReports.churnInWords(ranked, 0, 13)).isNull();
    }

    @Test
    void theRuleStatesTheSmallShopThresholdsAndTheDefault() {
        ChoiceSettings settings = new ChoiceSettings(300, 6, 20, 40, 10_000);
        assertThat(ModelSelection.rule(settings)).contains("at most 20 weeks", "the lowest log-loss", "expected orders were closer",
                "300 customers before those weeks", "18 weeks of history", "40 repeat orders in them",
                ModelChoice.DEFAULT_MODEL + ", the default, drives the scores",
                "more than 10,000 customers before those weeks is checked on a sample of 10,000 of them",
                "fitted on every customer");
    }

    @Test
    void aSampledCheckSaysHowManyOfHowManyCustomersAndThatTheChosenModelSawThemAll() {
        ModelChoice sampled = new ModelChoice("Pareto/NBD", true, "reason", LocalDate.of(2026, 6, 13), LocalDate.of(2026, 12, 6),
                26, 20_000, List.of(check("Pareto/NBD", 0.5, 0.2)), 99_446);
        ModelFit fit = new ModelFit("Pareto/NBD", new LinkedHashMap<>(), new LinkedHashMap<>(), null, -1, 99_831, false, true,
                10, "Maximum likelihood.");

        assertThat(ModelCheckReports.checkSample(sampled, fit)).isEqualTo("The check used a sample of 20,000 of the 99,446"
                + " customers who had ordered by 2026-06-13: those whose customer id hashes lowest, so every run checks the"
                + " same customers and a few new ones change little. Pareto/NBD's parameters below are fitted on all 99,831"
                + " customers.");
    }

    @Test
    void aCheckOfEveryCustomerOrAChoiceStoredBeforeTheCountWasKeptHasNoSampleSentence() {
        ModelChoice whole = new ModelChoice("BG/NBD", true, "reason", LocalDate.of(2026, 6, 13), LocalDate.of(2026, 12, 6), 26,
                2_357, List.of(check("BG/NBD", 0.5, 0.2)), 2_357);
        ModelChoice older = new ModelChoice("BG/NBD", true, "reason", LocalDate.of(2026, 6, 13), LocalDate.of(2026, 12, 6), 26,
                20_000, List.of(check("BG/NBD", 0.5, 0.2)), null);

        assertThat(ModelCheckReports.checkSample(whole, null)).isNull();
        assertThat(ModelCheckReports.checkSample(older, null)).isNull();
    }

    private static HoldoutCheck check(String model, Double logLoss, Double brier) {
        return new HoldoutCheck(model, new LinkedHashMap<>(), -100, false, new double[] {10}, new int[] {11}, List.of(),
                0.1, 0.1, 0.1, 0.2, brier, logLoss);
    }
}
