package com.scudo.assistant.internal;

import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar phrases become periods of days counted from the score date; win-back phrasings find the lapsed. */
class TimeWordsTests {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);

    private static Interpretation.Period period(String question, LocalDate asOf) {
        return TimeWords.find(Utterance.of(question).text(), asOf).orElseThrow();
    }

    @Test
    void lastYearIsThePreviousCalendarYearAndThisMonthTheMonthSoFar() {
        assertThat(period("Who spent the most last year?", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "last year"));
        assertThat(period("top customers this month", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "this month"));
        assertThat(period("best buyers last month", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), "last month"));
        assertThat(period("top spenders in 2024", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), "in 2024"));
        assertThat(period("who spent most in the last 3 months", AS_OF).from()).isEqualTo(LocalDate.of(2026, 9, 7));
    }

    @Test
    void aMonthByNameIsTheLastOneOnOrBeforeTheScoreDate() {
        assertThat(period("How much revenue did we make in November?", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), "in November 2026"));
        assertThat(period("top customers in march", AS_OF).from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(period("sales in december", AS_OF)).as("the month so far")
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "in December 2026"));
        assertThat(period("sales last december", AS_OF).from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(period("revenue during sept", LocalDate.of(2026, 2, 10)).from()).as("not begun this year")
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(period("orders november 2024", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1), "in November 2024"));
        assertThat(period("new customers since june", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 7), "since June 2026"));
        assertThat(TimeWords.find(Utterance.of("who may order soon").text(), AS_OF)).as("may, the verb").isEmpty();
        assertThat(TimeWords.find(Utterance.of("customers in marseille").text(), AS_OF)).isEmpty();
    }

    @Test
    void theOtherPeriodOfAComparisonIsFoundAfterItsVersus() {
        assertThat(TimeWords.find("revenue in q3", AS_OF).orElseThrow().words()).startsWith("in Q3 ");
        assertThat(TimeWords.find("sales in q4 2025", AS_OF).orElseThrow())
                .isEqualTo(new Interpretation.Period(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1), "in Q4 2025"));
        assertThat(TimeWords.find("orders in the first quarter of 2024", AS_OF).orElseThrow())
                .isEqualTo(new Interpretation.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1), "in Q1 2024"));
        assertThat(TimeWords.comparedWith(Utterance.of("compare this month with last month").text(), AS_OF).orElseThrow()
                .words()).isEqualTo("last month");
        assertThat(TimeWords.comparedWith(Utterance.of("how does this week compare to last week").text(), AS_OF)
                .orElseThrow().words()).isEqualTo("last week");
        assertThat(TimeWords.comparedWith(Utterance.of("total revenue this year compared to last year").text(), AS_OF))
                .contains(new Interpretation.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "last year"));
        assertThat(TimeWords.comparedWith(Utterance.of("sales in November vs October").text(), AS_OF).orElseThrow().from())
                .isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(TimeWords.comparedWith(Utterance.of("revenue this month compared with last month").text(), AS_OF)
                .orElseThrow().words()).isEqualTo("last month");
        assertThat(TimeWords.comparedWith(Utterance.of("revenue last month compared to the month before").text(), AS_OF))
                .contains(new Interpretation.Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), "the month before"));
        assertThat(TimeWords.comparedWith(Utterance.of("sales this year vs the year before").text(), AS_OF).orElseThrow().from())
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(TimeWords.comparedWith(Utterance.of("compare VIP and at-risk segments").text(), AS_OF)).isEmpty();
        assertThat(TimeWords.comparedWith(Utterance.of("revenue vs last year").text(), AS_OF).orElseThrow().words())
                .as("this year so far against last year").isEqualTo("last year");
        assertThat(TimeWords.comparedWith(Utterance.of("revenue last year").text(), AS_OF)).as("one period only").isEmpty();
    }

    @Test
    void yesterdayAndTodayAreOneDayFromTheScoreDate() {
        assertThat(period("How many orders did we get yesterday?", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), "yesterday"));
        assertThat(period("revenue today", AS_OF))
                .isEqualTo(new Interpretation.Period(AS_OF, AS_OF.plusDays(1), "today"));
    }

    @Test
    void sinceBlackFridayIsTheLastOneOnOrBeforeTheScoreDate() {
        assertThat(TimeWords.blackFriday(2026)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(TimeWords.blackFriday(2025)).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(period("top customers since Black Friday", AS_OF).from()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(period("top customers since Black Friday", LocalDate.of(2026, 11, 1)).from())
                .isEqualTo(LocalDate.of(2025, 11, 28));
    }

    @Test
    void aShopInTheSouthernHemisphereHasItsOwnSeasonsButTheSameHolidays() {
        java.time.ZoneId sydney = java.time.ZoneId.of("Australia/Sydney");
        assertThat(TimeWords.find(Utterance.of("sales this summer").text(), AS_OF, sydney).orElseThrow())
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "in summer 2026–27"));
        assertThat(TimeWords.find(Utterance.of("revenue last winter").text(), AS_OF, sydney).orElseThrow())
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), "in winter 2026"));
        assertThat(TimeWords.find(Utterance.of("spring sales").text(), AS_OF, java.time.ZoneId.of("America/Sao_Paulo"))
                .orElseThrow().from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(TimeWords.find(Utterance.of("orders at christmas last year").text(), AS_OF, sydney).orElseThrow())
                .as("the calendar's").isEqualTo(new Interpretation.Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 26),
                        "at Christmas 2025"));
        assertThat(TimeWords.find(Utterance.of("sales this summer").text(), AS_OF, java.time.ZoneId.of("Europe/London"))
                .orElseThrow().from()).as("northern").isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aSeasonIsTheLastOneThatBeganOrTheOneOfTheYearNamed() {
        assertThat(period("Which categories sold best in the summer?", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), "in summer 2026"));
        assertThat(period("revenue last summer", AS_OF).from()).as("ended: this year's").isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(period("sales this winter", AS_OF)).as("under way: so far")
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "in winter 2026–27"));
        assertThat(period("sales last winter", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1), "in winter 2025–26"));
        assertThat(period("who bought gifts for christmas last year", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 26), "at Christmas 2025"));
        assertThat(period("orders over the holidays in 2024", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 1),
                        "over the holiday season 2024"));
        assertThat(period("revenue on black friday", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 1),
                        "over Black Friday weekend 2026"));
        assertThat(period("spring sales", LocalDate.of(2026, 2, 10)).from()).as("not begun this year")
                .isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(period("revenue in the fall of 2025", AS_OF).from()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(TimeWords.find(Utterance.of("did revenue fall last week").text(), AS_OF).orElseThrow().words())
                .as("fall, the verb").isEqualTo("last week");
    }

    @Test
    void aWeekendIsSaturdayAndSundayTheOneUnderWayOrJustGone() {
        // AS_OF is a Sunday
        assertThat(period("sales this weekend", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 7), "this weekend"));
        assertThat(period("sales last weekend", AS_OF))
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 30), "last weekend"));
        assertThat(period("sales this weekend", LocalDate.of(2026, 12, 9))).as("asked on a Wednesday")
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 7), "last weekend"));
    }

    @Test
    void aComparisonWithLastYearAloneIsThisYearSoFarAgainstIt() {
        String q = Utterance.of("How did sales do compared to last year?").text();
        assertThat(TimeWords.find(q, AS_OF).orElseThrow())
                .isEqualTo(new Interpretation.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7), "this year"));
        assertThat(TimeWords.comparedWith(q, AS_OF).orElseThrow())
                .isEqualTo(new Interpretation.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "last year"));
        assertThat(period("revenue in November compared to last year", AS_OF).words()).isEqualTo("in November 2026");
    }

    @Test
    void aQuestionWithoutCalendarWordsHasNoPeriod() {
        assertThat(TimeWords.find(Utterance.of("Which customers are likely to order in the next 14 days?").text(), AS_OF))
                .isEmpty();
    }

    @Test
    void winBackPhrasingsAskForTheLapsedAndLeaveNoWordUnexplained() {
        IntentRecogniser recogniser = new IntentRecogniser();
        for (String q : new String[] {"which customers should I email this week to win them back?",
                "Who should we send a win-back offer to?", "reactivate lapsed customers", "customers who stopped buying"}) {
            Interpretation best = recogniser.recognise(q, IntentRecogniserTests.SEGMENTS).best();
            assertThat(best.intent()).as(q).isEqualTo(Intent.WIN_BACK);
            assertThat(best.unknown()).as(q).isEmpty();
        }
        assertThat(recogniser.recognise("Find customers at risk of churning", IntentRecogniserTests.SEGMENTS).best().intent())
                .isEqualTo(Intent.AT_RISK_CUSTOMERS);
        Interpretation spent = recogniser.recognise("who spent the most last year?", IntentRecogniserTests.SEGMENTS).best();
        assertThat(spent.intent()).isEqualTo(Intent.TOP_CUSTOMERS);
        assertThat(spent.unknown()).isEmpty();
        assertThat(recogniser.recognise("Show me VIP customers with zorblax", IntentRecogniserTests.SEGMENTS).best().unknown())
                .containsExactly("zorblax");
    }
}
