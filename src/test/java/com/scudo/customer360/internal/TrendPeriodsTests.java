package com.scudo.customer360.internal;

import com.scudo.customer360.RevenueTrend;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendPeriodsTests {

    private static TrendPeriods.DayTotal day(String date, long orders, String revenue) {
        return new TrendPeriods.DayTotal(LocalDate.parse(date), orders, new BigDecimal(revenue));
    }

    @Test
    void aShortHistoryIsShownPerWeekStartingOnMondayWithEmptyWeeksFilled() {
        RevenueTrend trend = TrendPeriods.of(List.of(day("2025-03-05", 2, "30.00"), day("2025-03-09", 1, "10.00"),
                day("2025-03-25", 1, "5.50")));

        assertThat(trend.grain()).isEqualTo("week");
        assertThat(trend.periods()).extracting(p -> p.start().toString())
                .containsExactly("2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24");
        assertThat(trend.periods()).extracting(RevenueTrend.Period::orders).containsExactly(3L, 0L, 0L, 1L);
        assertThat(trend.periods().get(0).revenue()).isEqualByComparingTo("40.00");
        assertThat(trend.periods().get(0).label()).isEqualTo("Mar 3, 2025");
        assertThat(trend.summary().sentence()).isEqualTo("Revenue in the last 4 weeks: $46 from 4 orders.");
        assertThat(trend.summary().previous()).isNull();
    }

    @Test
    void aLongHistoryIsShownPerMonthAndTheLastYearIsComparedWithTheOneBefore() {
        List<TrendPeriods.DayTotal> days = new ArrayList<>();
        LocalDate month = LocalDate.parse("2023-07-01");
        for (int i = 0; i < 36; i++) {
            days.add(new TrendPeriods.DayTotal(month.plusMonths(i).plusDays(9), 10, BigDecimal.valueOf(i < 24 ? 1000 : 1080)));
        }

        RevenueTrend trend = TrendPeriods.of(days);

        assertThat(trend.grain()).isEqualTo("month");
        assertThat(trend.periods()).hasSize(36);
        assertThat(trend.periods().get(35).label()).isEqualTo("Jun 2026");
        assertThat(trend.summary().recent()).isEqualByComparingTo("12960");
        assertThat(trend.summary().previous()).isEqualByComparingTo("12000");
        assertThat(trend.summary().changePercent()).isEqualTo(8);
        assertThat(trend.summary().sentence())
                .isEqualTo("Revenue in the last 12 months: $12,960 from 120 orders, up 8% on the 12 months before ($12,000).");
    }

    @Test
    void aFewMonthsSaySoAndNoOrdersAtAllIsEmpty() {
        RevenueTrend trend = TrendPeriods.of(List.of(day("2025-01-15", 1, "20.00"), day("2025-08-01", 1, "20.00")));
        assertThat(trend.grain()).isEqualTo("month");
        assertThat(trend.periods()).hasSize(8);
        assertThat(trend.summary().sentence()).startsWith("Revenue in the 8 months so far: $40 from 2 orders");

        assertThat(TrendPeriods.of(List.of()).periods()).isEmpty();
    }
}
