package com.scudo.assistant.internal;

import com.scudo.segment.filter.Filters;
import com.scudo.shared.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
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
            "How many customers do we have in Leeds?|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\")|Customers in Leeds",
            "How many customers are in Leeds?|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\")|Customers in Leeds",
            "customers in California|(city = \"California\" or region = \"California\" or country = \"California\" or region = \"CA\")"
                    + "|Customers in California",
            "Which customers spent more than $1000?|total_spent > 1000|Customers who spent more than $1,000",
            "customers who spent over 500|total_spent > 500|Customers who spent more than $500",
            "customers who have spent at least $1,500.50|total_spent >= 1500.5|Customers who spent at least $1,501",
            "customers with more than $500 spent|total_spent > 500|Customers who spent more than $500",
            "customers with over $2,000 in total spend|total_spent > 2000|Customers who spent more than $2,000",
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
        FilterAnswers.Selection noLimit = selection("Top customers in Texas by CLV", USD).orElseThrow();
        assertThat(noLimit.sort()).isEqualTo("clv");
        assertThat(noLimit.leftOut()).as("the ranking's figure is its sort, not a list left out").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Show me our VIP customers", "Find customers at risk of churning", "Who spent the most last year?",
            "How is the shop doing this year?", "What is our average order value?", "Show me David Kim's complete profile",
            "Why is James Wilson at risk?", "Top 5 customers by CLV", "who is likely to order in the next 30 days",
            "Which customers are in the Business buyers segment?", "customers in the last 30 days",
            "customers in the Business buyers segment", "customers in the VIP segment", "customers in the next 2 weeks", "customers in 2025",
            "which customers should I email this week to win them back?", "How much revenue is at risk?",
            "Which customers haven't ordered in a while?", "flibbertigibbet", "help", "",
            "top 10 customers by total spend", "who will buy again in the next 2 weeks", "how is the shop doing in 2025"})
    void aQuestionThatIsNoCombinedListBecomesNoFilter(String question) {
        assertThat(selection(question, USD)).isEmpty();
        assertThat(translate(question, USD, Amounts.Rates.NONE).unread()).isNull();
    }

    /** Each phrasing of a condition → the one filter it must produce (USD workspace, no exchange rates). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // between, from … to, a range with a dash, two bounds on one figure
            "customers who spent between $200 and $500|total_spent between 200 and 500",
            "customers who spent between 200 and 500 dollars|total_spent between 200 and 500",
            "customers who spent from $200 to $500|total_spent between 200 and 500",
            "customers who spent $200-$500|total_spent between 200 and 500",
            "clients who spent 200 to 500|total_spent between 200 and 500",
            "customers who spent between $500 and $200|total_spent between 200 and 500",
            "customers who spent more than 1000 and less than 2000|total_spent > 1000 and total_spent < 2000",
            "customers with churn between 30 and 60%|churn between 30% and 60%",
            "customers with a churn risk between 0.3 and 0.6|churn between 30% and 60%",
            "customers with an average order value between $50 and $100|aov between 50 and 100",
            "customers with between 2 and 4 orders|orders between 2 and 4",
            "customers with 2 to 4 orders|orders between 2 and 4",
            "customers with 2-4 orders|orders between 2 and 4",
            "customers who ordered between 3 and 6 times|orders between 3 and 6",
            // money as people write it
            "customers who spent more than 1.000 $|total_spent > 1000",
            "customers who spent over $1k|total_spent > 1000",
            "customers who spent more than 1,5k|total_spent > 1500",
            "customers who spent over 2.5K|total_spent > 2500",
            "customers that spent at least $2.500,00|total_spent >= 2500",
            "customers who spent more than $1,000.50|total_spent > 1000.5",
            "customers who spent more than 1.000,50 $|total_spent > 1000.5",
            "customers who spent more than 1 000 dollars|total_spent > 1000",
            "customers who spent more than 1000 USD|total_spent > 1000",
            "customers who spent more than US$1,000|total_spent > 1000",
            "customers with total spend above $1,000,000|total_spent > 1000000",
            "customers who spent over 1.2m|total_spent > 1200000",
            "customers who spent more than 99.99|total_spent > 99.99",
            // comparison words before and after
            "customers who spent $500 or more|total_spent >= 500",
            "customers who spent 500+|total_spent >= 500",
            "customers who spent no more than $300|total_spent <= 300",
            "customers who spent up to $300|total_spent <= 300",
            "customers who spent under 100 bucks|total_spent < 100",
            "customers who spent less than 100 dollars|total_spent < 100",
            "customers who have spent in excess of $5k|total_spent > 5000",
            "customers who spent a minimum of $250|total_spent >= 250",
            "customers with clv under $500|clv < 500",
            "customers with a CLV of at least 2k|clv >= 2000",
            "customers with churn over 70 percent|churn > 70%",
            "customers with a churn risk of at most 10%|churn <= 10%",
            "customers whose churn probability is 0.5 or higher|churn >= 50%",
            "customers with more than 10 orders|orders > 10",
            "customers with fewer than 3 orders|orders < 3",
            "customers with 3 orders|orders = 3",
            "customers with 5 or more orders|orders >= 5",
            "customers with 5+ orders|orders >= 5",
            "customers with no more than two orders|orders <= 2",
            "customers with at least 1,000 orders|orders >= 1000",
            "customers who havent ordered in 60 days|last_order < 60 days ago",
            "customers who haven't ordered in over 60 days|last_order < 60 days ago",
            "customers who last ordered more than 60 days ago|last_order < 60 days ago",
            "customers whose last order was less than 2 weeks ago|last_order > 2 weeks ago",
            "customers whose last order was between 30 and 90 days ago|last_order <= 30 days ago and last_order >= 90 days ago",
            // several places: one condition, any of them
            "customers in California or Texas|(city = \"California\" or region = \"California\" or country = \"California\" or "
                    + "region = \"CA\" or city = \"Texas\" or region = \"Texas\" or country = \"Texas\" or region = \"TX\")",
            "customers in chicago, houston and boston|(city = \"Chicago\" or region = \"Chicago\" or country = \"Chicago\" or "
                    + "city = \"Houston\" or region = \"Houston\" or country = \"Houston\" or city = \"Boston\" or "
                    + "region = \"Boston\" or country = \"Boston\")",
            "customers from the UK or Germany|(city = \"UK\" or region = \"UK\" or country = \"UK\" or country = \"GB\" or "
                    + "city = \"Germany\" or region = \"Germany\" or country = \"Germany\" or country = \"DE\")",
            "customers from Leeds or from York|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\" or "
                    + "city = \"York\" or region = \"York\" or country = \"York\")",
            "customers in Leeds, York, or Hull|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\" or "
                    + "city = \"York\" or region = \"York\" or country = \"York\" or city = \"Hull\" or region = \"Hull\" or "
                    + "country = \"Hull\")",
            "Texas customers|(city = \"Texas\" or region = \"Texas\" or country = \"Texas\" or region = \"TX\")",
            "uk clients who spent over $1k|(city = \"UK\" or region = \"UK\" or country = \"UK\" or country = \"GB\")"
                    + " and total_spent > 1000",
            "customers in ny|(city = \"NY\" or region = \"NY\" or country = \"NY\")",
            // the figure named first
            "customers with orders over 5|orders > 5",
            "customers whose number of orders is between 2 and 4|orders between 2 and 4",
            "customers with spend over $500|total_spent > 500",
            "customers whose total spend is at least 1k|total_spent >= 1000",
            // typed in haste
            "custmers who spent more then $500|total_spent > 500",
            "customers with atleast 3 orders|orders >= 3",
            "customers who spend more than $100 per order|aov > 100",
            "customers who spend on average 50 dollars or more an order|aov >= 50",
            // conditions said in words (PhraseConditions)
            "customers whose spend is dropping|spend_trend < 1",
            "who is spending less than before|spend_trend < 1",
            "customers with declining spend|spend_trend < 1",
            "whose orders have fallen|spend_trend < 1",
            "customers whose spend is growing|spend_trend > 1",
            "who is spending more|spend_trend > 1",
            "customers with rising spend|spend_trend > 1",
            "customers who opted in to email|email_opt_in = \"yes\"",
            "newsletter subscribers|email_opt_in = \"yes\"",
            "who subscribed to the newsletter|email_opt_in = \"yes\"",
            "customers who accept marketing emails|email_opt_in = \"yes\"",
            "at-risk customers we can email|lifecycle = \"At-Risk\" and email_opt_in = \"yes\"",
            "customers with email consent|email_opt_in = \"yes\"",
            "customers who have not opted in|email_opt_in = \"no\"",
            "who unsubscribed from the newsletter|email_opt_in = \"no\"",
            "customers who opted out of email|email_opt_in = \"no\"",
            "customers without email consent|email_opt_in = \"no\"",
            "which customers used a discount|discount_rate > 0",
            "customers who redeemed a coupon|discount_rate > 0",
            "who bought on discount|discount_rate > 0",
            "customers who applied a promo code|discount_rate > 0",
            "customers who never used a discount|discount_rate = 0",
            "who have not used any coupons|discount_rate = 0",
            "which customers have never ordered|orders = 0",
            "customers with no orders|orders = 0",
            "customers without any orders|orders = 0",
            "customers with discount rate above 50%|discount_rate > 50%",
            "how many customers have an email|email is not null",
            "customers without an email address|email is null",
            "which customers haven't bought anything this year|last_order < 2026-01-01",
            "customers who have not ordered this month|last_order < 2026-12-01",
            "who hasn't ordered since March|last_order < 2026-03-01",
            "customers who have not bought since christmas|last_order < 2025-12-25",
            "customers who ordered more than 10 times but not in the last 3 months|orders > 10 and last_order < 3 months ago",
            "which customers buy during the holidays|holiday_share >= 50%",
            "holiday shoppers|holiday_share >= 50%",
            // several conditions at once
            "customers in Leeds or York who spent over $1k|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\" or "
                    + "city = \"York\" or region = \"York\" or country = \"York\") and total_spent > 1000",
            "customers in Leeds with between 2 and 4 orders|(city = \"Leeds\" or region = \"Leeds\" or country = \"Leeds\")"
                    + " and orders between 2 and 4",
            "customers who spent more than 1000 and have at least 5 orders|total_spent > 1000 and orders >= 5",
            "customers with churn between 30 and 60% who spent over $500|churn between 30% and 60% and total_spent > 500",
            "VIP customers who spent between 1k and 2.5k|lifecycle = \"VIP\" and total_spent between 1000 and 2500",
            "dormant customers who spent over 500 dollars|lifecycle = \"Dormant\" and orders >= 1 and total_spent > 500"})
    void eachPhrasingOfAConditionBecomesItsFilter(String question, String filter) {
        AttributeFilters.Translation t = translate(question, USD, Amounts.Rates.NONE);
        FilterAnswers.Selection s = selection(question, USD).orElseThrow();

        assertThat(Filters.normalise(s.rule())).isEqualTo(Filters.normalise(filter));
        assertThat(t.refusal()).isNull();
        assertThat(t.unread()).isNull();
        assertThat(s.unknown()).isEmpty();
        assertThat(s.leftOut()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "customers who spent between $200 and $500|Customers who spent between $200 and $500",
            "customers in california or texas|Customers in California or Texas",
            "customers in chicago, houston and boston|Customers in Chicago, Houston or Boston",
            "customers with churn between 30 and 60%|Customers with a churn risk of between 30% and 60%",
            "customers with 2 to 4 orders|Customers with between 2 and 4 orders",
            "customers with 1 order|Customers with exactly 1 order",
            "customers who spent more than 1000 and less than 2000|Customers who spent more than $1,000 and less than $2,000",
            "customers who spent 500+|Customers who spent at least $500",
            "customers with fewer than 3 orders|Customers with fewer than 3 orders",
            "new york customers with 2+ orders|Customers in New York with at least 2 orders",
            "customers from the uk or germany|Customers in UK or Germany",
            "customers whose last order was between 30 and 90 days ago|Customers whose last order was between 30 days and 90 days ago"})
    void aConditionIsSaidBackInWords(String question, String words) {
        assertThat(FilterAnswers.describe(context(USD), selection(question, USD).orElseThrow())).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"1,000|1000", "1.000|1000", "1 000|1000", "1000.50|1000.5", "1.000,50|1000.5",
            "1,000.50|1000.5", "1,5|1.5", "2.5|2.5", "0.500|0.5", "1.000.000|1000000", "1,000,000|1000000", "12,50|12.5",
            "99.99|99.99"})
    void numbersAreReadWithTheSeparatorsTheyShow(String written, String value) {
        assertThat(Amounts.number(written)).isEqualByComparingTo(value);
    }

    @Test
    void anAmountInAnotherCurrencyWithoutARateIsRefusedNotCompared() {
        AttributeFilters.Translation euros = translate("customers who spent more than 1.000 €", USD, Amounts.Rates.NONE);

        assertThat(euros.parts()).isEmpty();
        assertThat(euros.refusal()).contains("US Dollar (USD)", "Euro (EUR)", "no exchange rate", "1.000 €");
        AttributeFilters.Translation dollars = translate("customers who spent more than $1000", GBP, Amounts.Rates.NONE);
        assertThat(dollars.refusal()).contains("British Pound (GBP)", "US Dollar (USD)");
        assertThat(translate("customers who spent more than £1000", GBP, Amounts.Rates.NONE).refusal()).isNull();
        assertThat(translate("customers who spent more than 1000", GBP, Amounts.Rates.NONE).notes()).isEmpty();
        // a dollar sign in a Canadian-dollar workspace is its own currency
        Figures cad = new Figures("CAD", Locale.CANADA, ZoneId.of("America/Toronto"));
        AttributeFilters.Translation canadian = translate("customers who spent over $500", cad, Amounts.Rates.NONE);
        assertThat(canadian.refusal()).isNull();
        assertThat(canadian.parts()).extracting(AttributeFilters.Part::filter).containsExactly("total_spent > 500");
    }

    @Test
    void anAmountInAnotherCurrencyWithARateIsConvertedAndTheAnswerSaysSo() {
        Amounts.Rates eurAt110 = (amount, currency) -> currency.equals("EUR")
                ? Optional.of(amount.multiply(new java.math.BigDecimal("1.10"))) : Optional.empty();

        AttributeFilters.Translation t = translate("customers who spent between 1.000 € and 2.000 €", USD, eurAt110);

        assertThat(t.parts()).extracting(AttributeFilters.Part::filter).containsExactly("total_spent between 1100 and 2200");
        assertThat(t.parts().get(0).words()).isEqualTo("who spent between $1,100 and $2,200");
        assertThat(t.notes()).singleElement().asString().contains("€1,000 and €2,000", "$1,100 and $2,200",
                "US Dollar (USD)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"customers who spent about $500", "customers with 30% churn", "VIP customers worth over $1k",
            "customers who spent roughly 2k euros"})
    void aComparisonNoPhraseReadsIsReportedNotDropped(String question) {
        assertThat(translate(question, USD, Amounts.Rates.NONE).unread()).isNotNull();
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
                words -> !IntentRecogniserTests.SEGMENTS.find(words).isEmpty(), Amounts.Rates.NONE).parts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "which customers prefer mobile?|channel = \"mobile\"",
            "customers who buy online|channel = \"web\"",
            "who shops in store|channel = \"store\"",
            "customers who order by phone|channel = \"phone\"",
            "customers who use our app|channel = \"mobile\""})
    void thePreferredChannelIsACondition(String question, String filter) {
        assertThat(translate(question, USD, Amounts.Rates.NONE).parts()).extracting(AttributeFilters.Part::filter)
                .containsExactly(filter);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mobile shoppers", "show the Mobile shoppers segment", "who bought the most online?x",
            "customers who buy store credit"})
    void aSegmentNamedLikeAChannelOrAnotherUseOfTheWordIsNoChannel(String question) {
        assertThat(translate(question, USD, Amounts.Rates.NONE).parts()).extracting(AttributeFilters.Part::filter)
                .noneMatch(f -> f.startsWith("channel"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who are my repeat customers?", "returning buyers", "customers who ordered more than once",
            "who bought multiple times"})
    void repeatCustomersHaveTwoOrdersOrMore(String question) {
        assertThat(translate(question, USD, Amounts.Rates.NONE).parts()).extracting(AttributeFilters.Part::filter)
                .containsExactly("orders >= 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "customers with a CLV above average|clv > 318.42|with a predicted 12-month value (CLV) above the shop's average ($318)",
            "who spent more than average|total_spent > 773.65|with a total spend above the shop's average ($774)",
            "below-average spenders|total_spent < 773.65|with a total spend below the shop's average ($774)",
            "customers whose churn is below the average|churn < 0.4712|with a churn risk below the shop's average (47%)",
            "who ordered more than average|orders > 6.72|with a number of orders above the shop's average (6.72 orders)"})
    void aFigureAgainstTheAverageUsesTheShopsOwnAverage(String question, String filter, String words) {
        Map<String, BigDecimal> averages = Map.of("clv", new BigDecimal("318.4213"), "total_spent", new BigDecimal("773.6500"),
                "churn", new BigDecimal("0.47123"), "orders", new BigDecimal("6.72"));
        AttributeFilters.Translation t = AttributeFilters.translate(question, USD, AS_OF, segmentWords -> false, Amounts.Rates.NONE,
                java.util.Set.of(), averages::get);

        assertThat(t.parts()).extracting(AttributeFilters.Part::filter).containsExactly(filter);
        assertThat(t.parts()).extracting(AttributeFilters.Part::words).containsExactly(words);
    }

    @Test
    void noAverageToCompareWithLeavesTheWordsUnread() {
        assertThat(translate("customers with a CLV above average", USD, Amounts.Rates.NONE).parts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "customers in Kansas City|city = \"Kansas City\"",
            "customers from the United States|country = \"United States\"",
            "customers in New York|city = \"New York\""})
    void placeNamesKeepTheirKnownWords(String question, String condition) {
        assertThat(translate(question, USD, Amounts.Rates.NONE).parts()).extracting(AttributeFilters.Part::filter)
                .singleElement().asString().contains(condition);
    }

    @Test
    void anRfmCodeIsACondition() {
        assertThat(translate("customers with rfm 555", USD, Amounts.Rates.NONE).parts()).extracting(AttributeFilters.Part::filter)
                .containsExactly("rfm = \"555\"");
    }

    @Test
    void aListBeforeAPlaceKeepsThePlace() {
        assertThat(translate("who is at risk in Seattle", USD, Amounts.Rates.NONE).parts())
                .extracting(AttributeFilters.Part::filter).singleElement().asString().contains("city = \"Seattle\"");
    }

    @Test
    void categoriesTheShopSellsAreConditionsOthersAreNot() {
        java.util.Set<String> sold = java.util.Set.of("electronics", "home", "office", "home decor");
        assertThat(parts("who bought electronics?", sold)).containsExactly("\"electronics\" in categories");
        assertThat(parts("which customers spend the most on electronics", sold)).containsExactly("\"electronics\" in categories");
        assertThat(parts("customers who buy home decor or office", sold))
                .containsExactly("categories contains any (\"home decor\", \"office\")");
        assertThat(parts("electronics buyers", sold)).containsExactly("\"electronics\" in categories");
        assertThat(parts("which customers bought both electronics and home", sold))
                .containsExactly("categories contains all (\"electronics\", \"home\")");
        assertThat(parts("who bought the most?", sold)).isEmpty();
        assertThat(parts("who bought shoes?", sold)).isEmpty(); // not a category of this shop
        // a category by its other number: "gift buyers" for "gifts", "shoe buyers" for "shoes"
        assertThat(parts("who are my gift buyers", java.util.Set.of("gifts"))).containsExactly("\"gifts\" in categories");
        assertThat(parts("shoe buyers", java.util.Set.of("shoes", "shoe care"))).containsExactly("\"shoes\" in categories");
        assertThat(parts("who bought homes", sold)).containsExactly("\"home\" in categories");
        assertThat(parts("who bought electronics?", java.util.Set.of())).isEmpty();
        // "Fashion lovers" is a segment's name
        assertThat(parts("fashion lovers", java.util.Set.of("fashion"))).isEmpty();
        // a category the filter language cannot quote is no condition (and no error)
        assertThat(parts("who bought 12\" vinyl", java.util.Set.of("12\" vinyl"))).isEmpty();
    }

    private static java.util.List<String> parts(String question, java.util.Set<String> categories) {
        return AttributeFilters.translate(question, USD, AS_OF, words -> !IntentRecogniserTests.SEGMENTS.find(words).isEmpty(),
                Amounts.Rates.NONE, categories).parts().stream().map(AttributeFilters.Part::filter).toList();
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

    private static AttributeFilters.Translation translate(String question, Figures figures, Amounts.Rates rates) {
        return AttributeFilters.translate(question, figures, AS_OF, words -> !IntentRecogniserTests.SEGMENTS.find(words).isEmpty(),
                rates);
    }

    private static AnswerContext context(Figures figures) {
        return new AnswerContext(null, "", null, AS_OF, java.util.List.of(), figures);
    }
}
