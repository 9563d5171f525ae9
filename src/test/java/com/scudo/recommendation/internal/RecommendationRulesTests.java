package com.scudo.recommendation.internal;

import com.scudo.recommendation.ActionType;
import com.scudo.shared.Figures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationRulesTests {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private final RecommendationRules rules = new RecommendationRules(RecommendationSettings.defaults());

    @Test
    void newCustomerGetsASecondOrderNudge() {
        Candidate nudge = only(rules.recommend(signals("New", 1, "85", null, "0.30", "120", null, Set.of(), null), AS_OF),
                ActionType.ONBOARDING);

        assertThat(nudge.reason()).isEqualTo("New customer: 1 order ($85), last 12 days ago; "
                + "a second order is the step to becoming a regular");
        assertThat(nudge.expectedValue()).isEqualByComparingTo("21.25"); // 25% of the average order
    }

    @Test
    void vipGetsEarlyAccessAndCrossSellForTheTopCategory() {
        List<Candidate> vip = rules.recommend(signals("VIP", 45, "8500", "0.05", "0.98", "3000", null, Set.of(), "home"), AS_OF);

        assertThat(vip).extracting(Candidate::type).containsExactlyInAnyOrder(ActionType.VIP_THANKS, ActionType.CROSS_SELL);
        assertThat(only(vip, ActionType.VIP_THANKS).reason()).startsWith("VIP: $8,500 over 45 orders, churn risk 5%");
        assertThat(only(vip, ActionType.VIP_THANKS).expectedValue()).isEqualByComparingTo("150.00");
        assertThat(only(vip, ActionType.CROSS_SELL).title()).isEqualTo("Suggest products that go with home");
    }

    @Test
    void replenishmentOnlyWhenTheNextOrderIsDueWithinTheWindow() {
        CustomerSignals due = signals("Active", 10, "1000", "0.10", "0.80", "900", AS_OF.plusDays(7), Set.of(), null);
        CustomerSignals later = signals("Active", 10, "1000", "0.10", "0.80", "900", AS_OF.plusDays(8), Set.of(), null);
        CustomerSignals overdue = signals("Active", 10, "1000", "0.10", "0.80", "900", AS_OF.minusDays(1), Set.of(), null);

        Candidate reminder = only(rules.recommend(due, AS_OF), ActionType.REPLENISHMENT);
        assertThat(reminder.reason()).isEqualTo("Usually orders every 30 days; next order expected on 2026-11-27 (in 7 days)");
        assertThat(reminder.expectedValue()).isEqualByComparingTo("80.00"); // P(alive) × average order
        assertThat(rules.recommend(later, AS_OF)).extracting(Candidate::type).doesNotContain(ActionType.REPLENISHMENT);
        assertThat(rules.recommend(overdue, AS_OF)).extracting(Candidate::type).doesNotContain(ActionType.REPLENISHMENT);
    }

    @Test
    void retentionThresholdIsInclusiveAndConfigurable() {
        CustomerSignals quarter = signals("Active", 3, "300", "0.25", "0.75", "400", null, Set.of(), null);
        CustomerSignals below = signals("Active", 3, "300", "0.2499", "0.75", "400", null, Set.of(), null);
        RecommendationRules strict = new RecommendationRules(new RecommendationSettings(0.5, null, null, null, null, null,
                null, null, null, null, null), strictFigures());

        assertThat(only(rules.recommend(quarter, AS_OF), ActionType.RETENTION_OFFER).expectedValue()).isEqualByComparingTo("100.00");
        assertThat(rules.recommend(below, AS_OF)).extracting(Candidate::type).doesNotContain(ActionType.RETENTION_OFFER);
        assertThat(strict.recommend(quarter, AS_OF)).extracting(Candidate::type).doesNotContain(ActionType.RETENTION_OFFER);
        assertThat(strict.money(new BigDecimal("3149.6"))).as("the workspace's currency and locale")
                .isEqualTo("3.150\u00a0€");
        String inEuros = only(rules.writingMoneyAs(strictFigures()).recommend(quarter, AS_OF), ActionType.RETENTION_OFFER)
                .reason();
        assertThat(inEuros).endsWith("predicted 12-month value 400\u00a0€").doesNotContain("$");
        assertThat(only(rules.recommend(quarter, AS_OF), ActionType.RETENTION_OFFER).reason()).endsWith("value $400");
    }

    @Test
    void segmentSetTextIsReadCaseInsensitively() {
        assertThat(RecommendationGenerator.setOf("|Business_Professional|vip_high_value|"))
                .containsExactlyInAnyOrder("business_professional", "vip_high_value");
        assertThat(RecommendationGenerator.setOf(null)).isEmpty();
    }

    private static Figures strictFigures() {
        return new Figures("EUR", java.util.Locale.GERMANY, java.time.ZoneOffset.UTC);
    }

    private static CustomerSignals signals(String lifecycle, int orders, String spent, String churn, String pAlive,
                                           String clv, LocalDate next, Set<String> segments, String topCategory) {
        BigDecimal total = new BigDecimal(spent);
        return new CustomerSignals("c-1", orders, total, total.divide(BigDecimal.valueOf(orders), 2, java.math.RoundingMode.HALF_UP),
                12, 400, churn == null ? null : new BigDecimal(churn), new BigDecimal(pAlive), new BigDecimal(clv), next,
                lifecycle, segments, topCategory, new BigDecimal("30"));
    }

    private static Candidate only(List<Candidate> candidates, ActionType type) {
        List<Candidate> ofType = candidates.stream().filter(c -> c.type() == type).toList();
        assertThat(ofType).hasSize(1);
        return ofType.get(0);
    }
}
