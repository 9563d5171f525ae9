package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleRulesTests {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private final LifecycleRules rules = new LifecycleRules(AnalyticsSettings.Lifecycle.defaults());

    @Test
    void threeOrdersOnTheFirstDayAreStillANewCustomer() {
        CustomerFigures figures = figures(AS_OF.minusDays(10), AS_OF.minusDays(10), AS_OF.minusDays(10));

        assertThat(figures.orders()).isEqualTo(3);
        assertThat(rules.stageOf(figures, 0.9).rule()).isEqualTo(LifecycleRules.Rule.NEW);
    }

    @Test
    void threePurchaseDaysInTheFirstWeeksAreNoLongerNew() {
        CustomerFigures figures = figures(AS_OF.minusDays(40), AS_OF.minusDays(20), AS_OF.minusDays(5));

        assertThat(rules.stageOf(figures, 0.1).rule()).isEqualTo(LifecycleRules.Rule.ACTIVE);
    }

    @Test
    void aFirstOrderLongAgoIsNotNewWhateverTheCount() {
        CustomerFigures figures = figures(AS_OF.minusDays(200));

        assertThat(rules.stageOf(figures, 0.5).rule()).isEqualTo(LifecycleRules.Rule.DORMANT_BY_DAYS);
    }

    private static CustomerFigures figures(LocalDate... days) {
        List<OrderLine> orders = java.util.Arrays.stream(days)
                .map(d -> new OrderLine(d, 40, false, "web", List.of(), false, false, false, false)).toList();
        return CustomerFigures.of(new CustomerHistory("c-1", orders, InteractionSummary.NONE), AS_OF);
    }
}
