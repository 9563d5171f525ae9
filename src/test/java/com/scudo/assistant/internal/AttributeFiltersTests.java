package com.scudo.assistant.internal;

import com.scudo.segment.filter.Filters;
import com.scudo.shared.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions that name customer attributes become filter text; other questions become none. */
class AttributeFiltersTests {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);
    private static final Figures USD = Figures.DEFAULT;
    private static final Figures GBP = new Figures("GBP", Locale.UK, ZoneId.of("Europe/London"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Show me customers from New York|(city = \"New York\" or region = \"New York\" or country = \"New York\" or region = \"NY\")"
                    + "|Customers in New York",
            "who lives in Leeds?|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\")|Customers in Leeds",
            "customers in California|(city = \"California\" or region = \"California\" or country = \"California\" or region = \"CA\")"
                    + "|Customers in California",
            "Which customers spent more than $1000?|total_spent > 1000|Customers who spent more than $1,000",
            "customers who spent over 500|total_spent > 500|Customers who spent more than $500",
            "customers who have spent at least $1,500.50|total_spent >= 1500.5|Customers who spent at least $1,501",
            "customers with more than 5 orders|orders > 5|Customers with more than 5 orders",
            "who ordered only once|orders = 1|Customers who ordered only once",
            "customers with an average order above $100|aov > 100|Customers with an average order value of more than $100",
            "customers who haven't ordered in 90 days|last_order < 90 days ago"
                    + "|Customers who have not ordered in the last 90 days",
            "who ordered in the last 30 days|last_order >= 30 days ago|Customers who ordered in the last 30 days",
            "customers who ordered since March|last_order >= 2026-03-01|Customers who ordered since Mar 1, 2026",
            "customers with churn above 50%|churn > 50%|Customers with a churn risk of more than 50%",
            "customers with CLV over $2,000|clv > 2000|Customers with a predicted 12-month value (CLV) of more than $2,000",
            "customers in New York who spent more than $1,000"
                    + "|(city = \"New York\" or region = \"New York\" or country = \"New York\" or region = \"NY\") and total_spent > 1000"
                    + "|Customers in New York who spent more than $1,000",
            "VIP customers from New York|lifecycle = \"VIP\" and (city = \"New York\" or region = \"New York\" or country = "
                    + "\"New York\" or region = \"NY\")|VIP customers in New York",
            "at-risk customers who spent more than $500|lifecycle = \"At-Risk\" and total_spent > 500"
                    + "|At-risk customers who spent more than $500",
            "Which VIPs are at risk?|lifecycle = \"At-Risk\"|At-risk customers",
            "Which of my VIPs are likely to order soon?|lifecycle = \"VIP\" and next_order_date between 2026-12-06 and 2027-01-05"
                    + "|VIP customers expected to order in the next 30 days",
            "Which customers spent more than 1000 and ordered in the last 30 days?|total_spent > 1000 and last_order >= "
                    + "30 days ago|Customers who spent more than $1,000 and who ordered in the last 30 days",
            "At-risk customers with more than 5 orders|lifecycle = \"At-Risk\" and orders > 5"
                    + "|At-risk customers with more than 5 orders",
            "customers who ordered more than 3 times|orders > 3|Customers with more than 3 orders",
            "customers from the UK|(city = \"UK\" or region = \"UK\" or country = \"UK\" or country = \"GB\")|Customers in UK",
            "customers from Germany|(city = \"Germany\" or region = \"Germany\" or country = \"Germany\" or country = \"DE\")|Customers in Germany",
            "customers in Boston who spent more than $100|(city = \"Boston\" or region = \"Boston\" or country = \"Boston\") and total_spent > 100|Customers in Boston who spent more than $100",
            "customers from new york|(city = \"New York\" or region = \"New York\" or country = \"New York\" or region = \"NY\")"
                    + "|Customers in New York",
            "top 5 customers in Boston by CLV|(city = \"Boston\" or region = \"Boston\" or country = \"Boston\")"
                    + "|Customers in Boston"})
    void aListQuestionBecomesOneFilterAndIsSaidInWords(String question, String filter, String words) {
        FilterAnswers.Selection s = selection(question, USD).orElseThrow();

        assertThat(Filters.normalise(s.rule())).isEqualTo(Filters.normalise(filter));
        assertThat(FilterAnswers.describe(context(USD), s)).isEqualTo(words);
    }

    @Test
    void aRankingKeepsItsOrderAndLimitInsideTheFilteredList() {
        FilterAnswers.Selection s = selection("top 5 customers in Boston by CLV", USD).orElseThrow();

        assertThat(s.sort()).isEqualTo("clv");
        assertThat(s.limit()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Show me our VIP customers", "Find customers at risk of churning", "Who spent the most last year?",
            "How is the shop doing this year?", "What is our average order value?", "Show me David Kim's complete profile",
            "Why is James Wilson at risk?", "Top 5 customers by CLV", "who is likely to order in the next 30 days",
            "Which customers are in the Business buyers segment?", "customers in the last 30 days",
            "customers in the Business buyers segment", "customers in the VIP segment", "customers in the next 2 weeks", "customers in 2025",
            "which customers should I email this week to win them back?", "How much revenue is at risk?",
            "Which customers haven't ordered in a while?", "flibbertigibbet", "help", ""})
    void aQuestionThatIsNoCombinedListBecomesNoFilter(String question) {
        assertThat(selection(question, USD)).isEmpty();
    }

    @Test
    void anAmountInAnotherCurrencyIsComparedInTheReportingCurrencyWithANote() {
        FilterAnswers.Selection s = selection("customers who spent more than $1000", GBP).orElseThrow();

        assertThat(s.rule()).isEqualTo("total_spent > 1000");
        assertThat(s.notes()).singleElement().asString().contains("US Dollar (USD)").contains("£1,000")
                .contains("British Pound (GBP)").contains("without converting");
        assertThat(selection("customers who spent more than £1000", GBP).orElseThrow().notes()).isEmpty();
        assertThat(selection("customers who spent more than 1000", GBP).orElseThrow().notes()).isEmpty();
    }

    @Test
    void unknownWordsBesideAnAttributeAreNamedNotFiltered() {
        FilterAnswers.Selection s = selection("zorblax customers who spent more than $1000", USD).orElseThrow();

        assertThat(s.rule()).isEqualTo("total_spent > 1000");
        assertThat(s.unknown()).containsExactly("zorblax");
    }

    @Test
    void aSegmentNameAfterInIsNoPlace() {
        assertThat(AttributeFilters.translate("customers in Business buyers segment", USD, AS_OF,
                words -> !IntentRecogniserTests.SEGMENTS.find(words).isEmpty()).parts()).isEmpty();
    }

    @Test
    void sinceAMonthNotYetReachedThisYearIsLastYears() {
        FilterAnswers.Selection s = selection("customers who ordered since December", USD).orElseThrow();
        assertThat(s.rule()).isEqualTo("last_order >= 2026-12-01");
        FilterAnswers.Selection older = RuleBasedAssistant.selection("bought since december",
                new IntentRecogniser().recognise("bought since december", IntentRecogniserTests.SEGMENTS),
                IntentRecogniserTests.SEGMENTS, USD, LocalDate.of(2026, 11, 30)).orElseThrow();
        assertThat(older.rule()).isEqualTo("last_order >= 2025-12-01");
    }

    private static Optional<FilterAnswers.Selection> selection(String question, Figures figures) {
        IntentRecogniser.Recognition recognition = new IntentRecogniser().recognise(question, IntentRecogniserTests.SEGMENTS);
        return RuleBasedAssistant.selection(question, recognition, IntentRecogniserTests.SEGMENTS, figures, AS_OF);
    }

    private static AnswerContext context(Figures figures) {
        return new AnswerContext(null, "", null, AS_OF, java.util.List.of(), figures);
    }
}
