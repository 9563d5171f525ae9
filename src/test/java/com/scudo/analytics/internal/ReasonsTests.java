package com.scudo.analytics.internal;

import com.scudo.shared.Figures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonsTests {
    private static final ReasonFacts REGULAR = new ReasonFacts(4, 20.333333, 52.318, false, 90, 90, 12, 0.01, 0.4,
            LifecycleRules.Rule.AT_RISK, 0.4);
    private static final Reasons.Scored SLIPPING = new Reasons.Scored(5, 1_250.5, 41, 300, 2, 4, 5, 0.4237, 0.31,
            0.55, 0.62, 0.8123, 310.25, LocalDate.of(2027, 1, 20));

    @Test
    void factsTravelAsAFewCharactersAndComeBackTheSame() {
        String text = REGULAR.encode();
        assertThat(text).isEqualTo("1;4;20.333;52.32;0;90;90;12;0.01;0.4;A;0.4").hasSizeLessThan(80);
        ReasonFacts back = ReasonFacts.decode(text);
        assertThat(back).isEqualTo(new ReasonFacts(4, 20.333, 52.32, false, 90, 90, 12, 0.01, 0.4,
                LifecycleRules.Rule.AT_RISK, 0.4));
        assertThat(ReasonFacts.decode(back.encode())).isEqualTo(back);
    }

    @Test
    void aGapThatCannotBeMeasuredSurvivesTheTrip() {
        ReasonFacts once = new ReasonFacts(1, Double.NaN, 30, true, 90, 90, 12, 0.01, 0.4, LifecycleRules.Rule.NEW, 0);
        assertThat(ReasonFacts.decode(once.encode()).typicalGapDays()).isNaN();
        assertThat(ReasonFacts.decode(once.encode()).smallShopScale()).isTrue();
    }

    @Test
    void missingDamagedOrLaterFactsGiveNoReasonsRatherThanAnError() {
        assertThat(ReasonFacts.decode(null)).isNull();
        assertThat(ReasonFacts.decode("{\"churn\":\"Churn risk 40%\"}")).isNull();
        assertThat(ReasonFacts.decode("2;4;20;52;0;90;90;12;0.01;0.4;A;0.4")).isNull();
        assertThat(ReasonFacts.decode("1;four;20;52;0;90;90;12;0.01;0.4;A;0.4")).isNull();
        assertThat(ReasonFacts.decode("1;4;20;52;0;90;90;12;0.01;0.4;Z;0.4")).isNull();
        assertThat(Reasons.of(SLIPPING, null, Figures.DEFAULT)).isEmpty();
    }

    @Test
    void theReasonsQuoteTheRowAndTheSettingsTheRunScoredWith() {
        Map<String, String> reasons = Reasons.of(SLIPPING, REGULAR, Figures.DEFAULT);

        assertThat(reasons).containsOnlyKeys("rfm", "churn", "expected_orders", "clv", "next_order", "lifecycle");
        assertThat(reasons.get("rfm")).isEqualTo("RFM 245 (Slipping): last order 41 days ago (recency 2/5), 5 orders"
                + " (frequency 4/5), $1,251 spent (monetary 5/5), compared with the other customers of this shop."
                + " Used to buy often and spend well, but not lately.");
        assertThat(reasons.get("churn")).isEqualTo("Churn risk 42%, the chance of no order in the next 90 days"
                + " (likely between 31% and 55%): 41 days since the last order; this customer usually orders every"
                + " 20 days, so about 2.0 usual gaps have passed without an order.");
        assertThat(reasons.get("expected_orders")).isEqualTo("Expected 0.8 orders in the next 90 days, from 5 orders"
                + " over 300 days and a 62% chance they are still an active customer.");
        assertThat(reasons.get("clv")).isEqualTo("Predicted 12-month value $310: expected future orders at about"
                + " $52.32 each, discounted 1% a month.");
        assertThat(reasons.get("next_order")).isEqualTo("Next order expected around " + Figures.DEFAULT.date(
                LocalDate.of(2027, 1, 20)) + " (even odds of an order by then, only if they are still active: churn risk 42%).");
        assertThat(reasons.get("lifecycle")).isEqualTo("At-Risk: Churn risk 42% is at or above 40% but they are still"
                + " likely to buy: worth saving before they go.");
    }

    @Test
    void eachLifecycleRuleGivesItsOwnReasonWithItsSetting() {
        assertThat(lifecycle(LifecycleRules.Rule.DORMANT_BY_DAYS, 180)).isEqualTo(
                "Dormant: No order for 41 days (dormant after 180 days); a win-back case.");
        assertThat(lifecycle(LifecycleRules.Rule.DORMANT_BY_CHURN, 0.8)).isEqualTo("Dormant: Churn risk 42%: after 41"
                + " days without an order they have most likely stopped buying (dormant from 80%); a win-back case.");
        assertThat(lifecycle(LifecycleRules.Rule.VIP, 1000)).isEqualTo(
                "VIP: Spent $1,251 (VIP from $1,000) with a churn risk of 42%.");
        assertThat(lifecycle(LifecycleRules.Rule.NEW, 0)).isEqualTo("New: First order 300 days ago and 5 orders on 4 days so far.");
        assertThat(lifecycle(LifecycleRules.Rule.ACTIVE, 0)).isEqualTo("Active: Buying at their usual pace; churn risk 42%.");
    }

    @Test
    void aLikelyLostCustomerGetsNoDateAndSaysWhy() {
        Reasons.Scored gone = new Reasons.Scored(1, 40, 400, 400, 1, 1, 1, 0.93, 0.9, 0.96, 0.07, 0.05, 3.1, null);
        ReasonFacts once = new ReasonFacts(1, Double.NaN, 40, true, 60, 30, 12, 0.01, 0.4,
                LifecycleRules.Rule.DORMANT_BY_DAYS, 180);
        Map<String, String> reasons = Reasons.of(gone, once, Figures.DEFAULT);
        assertThat(reasons.get("next_order")).isEqualTo("No next-order date: with a churn risk of 93% no order in the"
                + " next 60 days is likelier than one, so a date would mislead.");
        assertThat(reasons.get("churn")).endsWith("one purchase so far, 400 days ago; many one-time buyers never come"
                + " back, and the chance falls the longer they stay away.");
        assertThat(reasons.get("rfm")).contains("small-shop scale");
        assertThat(reasons.get("expected_orders")).startsWith("Expected 0.1 orders in the next 30 days");
    }

    @Test
    void amountsAreInTheShopsCurrencyAndLocale() {
        Figures euros = new Figures("EUR", Locale.GERMANY, ZoneId.of("Europe/Berlin"));
        assertThat(Reasons.of(SLIPPING, REGULAR, euros).get("clv").replace('\u00a0', ' ')).contains("310 €")
                .contains("52,32 €");
    }

    private static String lifecycle(LifecycleRules.Rule rule, double threshold) {
        ReasonFacts facts = new ReasonFacts(4, 20, 52, false, 90, 90, 12, 0.01, 0.4, rule, threshold);
        return Reasons.of(SLIPPING, facts, Figures.DEFAULT).get("lifecycle");
    }
}
