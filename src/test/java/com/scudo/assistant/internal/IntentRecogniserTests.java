package com.scudo.assistant.internal;

import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrasings of the brief's questions and their everyday paraphrases, with the parameters each must yield. */
class IntentRecogniserTests {
    /** The built-in segments as a workspace lists them. */
    static final SegmentPhrases SEGMENTS = new SegmentPhrases(List.of(
            new SegmentPhrases.Entry("VIP_HIGH_VALUE", "VIP customers"),
            new SegmentPhrases.Entry("BUSINESS_PROFESSIONAL", "Business buyers"),
            new SegmentPhrases.Entry("PRICE_SENSITIVE", "Deal seekers"),
            new SegmentPhrases.Entry("AT_RISK", "At risk"),
            new SegmentPhrases.Entry("DORMANT", "Dormant"),
            new SegmentPhrases.Entry("NEW_CUSTOMER", "New customers"),
            new SegmentPhrases.Entry("HIGH_AOV", "Big baskets"),
            new SegmentPhrases.Entry("FASHION_ENTHUSIAST", "Fashion lovers"),
            new SegmentPhrases.Entry("SEASONAL_SHOPPER", "Seasonal shoppers"),
            new SegmentPhrases.Entry("LOYAL_REGULAR", "Loyal regulars"),
            new SegmentPhrases.Entry("RISING_SPENDER", "Rising spenders"),
            new SegmentPhrases.Entry("MOBILE_FIRST", "Mobile shoppers"),
            new SegmentPhrases.Entry("ONE_TIME_BUYER", "One-time buyers")));

    private final IntentRecogniser recogniser = new IntentRecogniser();

    record Case(String question, Intent intent, String customer, List<String> segments, Integer limit, Integer days,
                String metric) {
        @Override
        public String toString() {
            return question;
        }
    }

    static Case c(String question, Intent intent) {
        return new Case(question, intent, null, List.of(), null, null, null);
    }

    static Case customer(String question, Intent intent, String customer) {
        return new Case(question, intent, customer, List.of(), null, null, null);
    }

    static Case why(String question, String customer, String metric) {
        return new Case(question, Intent.WHY_SCORE, customer, List.of(), null, null, metric);
    }

    static Case segment(String question, Intent intent, String... segments) {
        return new Case(question, intent, null, List.of(segments), null, null, null);
    }

    static Case top(String question, Integer limit, String metric) {
        return new Case(question, Intent.TOP_CUSTOMERS, null, List.of(), limit, null, metric);
    }

    static Case soon(String question, Integer days) {
        return new Case(question, Intent.LIKELY_TO_ORDER, null, List.of(), null, days, null);
    }

    static Stream<Case> phrasings() {
        return Stream.of(
                // The brief's four scenarios
                c("Show me our VIP customers", Intent.VIP_CUSTOMERS),
                c("Find customers at risk of churning", Intent.AT_RISK_CUSTOMERS),
                segment("Analyze business professional segment", Intent.SEGMENT_ANALYSIS, "BUSINESS_PROFESSIONAL"),
                customer("Show me David Kim's complete profile", Intent.CUSTOMER_PROFILE, "david kim"),
                // VIPs
                c("show vip customers", Intent.VIP_CUSTOMERS),
                c("Who are my VIPs?", Intent.VIP_CUSTOMERS),
                c("list the very important customers please", Intent.VIP_CUSTOMERS),
                c("shwo me vip custmers", Intent.VIP_CUSTOMERS),
                // At risk
                c("Which customers are likely to churn?", Intent.AT_RISK_CUSTOMERS),
                c("who is about to leave us", Intent.AT_RISK_CUSTOMERS),
                c("at-risk customers", Intent.AT_RISK_CUSTOMERS),
                c("Which customers need retention campaigns?", Intent.AT_RISK_CUSTOMERS),
                c("why are customers churning?", Intent.AT_RISK_CUSTOMERS),
                c("customers slipping away", Intent.AT_RISK_CUSTOMERS),
                // Profiles
                customer("Show me the profile of Sarah Chen", Intent.CUSTOMER_PROFILE, "sarah chen"),
                customer("who is mike johnson?", Intent.CUSTOMER_PROFILE, "mike johnson"),
                customer("Tell me about Emma Rodriguez", Intent.CUSTOMER_PROFILE, "emma rodriguez"),
                customer("profile for cust-003", Intent.CUSTOMER_PROFILE, "cust-003"),
                customer("look up sophie.martin@email.com", Intent.CUSTOMER_PROFILE, "sophie.martin@email.com"),
                customer("customer 360 for Olivia Brown", Intent.CUSTOMER_PROFILE, "olivia brown"),
                customer("Daniel Lee", Intent.CUSTOMER_PROFILE, "daniel lee"),
                customer("Show me DAVID KIM's complete profile", Intent.CUSTOMER_PROFILE, "david kim"),
                // Analyse a customer
                customer("Analyze Mike Johnson", Intent.ANALYZE_CUSTOMER, "mike johnson"),
                customer("analyse customer James Wilson", Intent.ANALYZE_CUSTOMER, "james wilson"),
                customer("How is Aisha Patel doing?", Intent.ANALYZE_CUSTOMER, "aisha patel"),
                customer("give me insights on Robert Taylor", Intent.ANALYZE_CUSTOMER, "robert taylor"),
                customer("deep dive into cust-001", Intent.ANALYZE_CUSTOMER, "cust-001"),
                // Why
                why("Why is James Wilson at risk?", "james wilson", "churn"),
                why("why is Mike's churn so high", "mike", "churn"),
                why("What's James Wilson's churn risk?", "james wilson", "churn"),
                why("explain Sarah Chen's CLV", "sarah chen", "clv"),
                why("why is robert taylor dormant?", "robert taylor", "lifecycle"),
                why("Why is Daniel Lee's RFM score 555?", "daniel lee", "rfm"),
                why("when will Emma Rodriguez order next? why?", "emma rodriguez", "next_order"),
                why("when will david kim order next?", "david kim", "next_order"),
                why("When is Sarah Chen likely to buy again", "sarah chen", "next_order"),
                customer("what do you recommend for David Kim", Intent.CUSTOMER_PROFILE, "david kim"),
                customer("recommendations for mike johnson", Intent.CUSTOMER_PROFILE, "mike johnson"),
                // Segments
                segment("analyze the price sensitive segment", Intent.SEGMENT_ANALYSIS, "PRICE_SENSITIVE"),
                segment("How are dormant customers doing?", Intent.SEGMENT_ANALYSIS, "DORMANT"),
                segment("Analyze bussiness profesional segment", Intent.SEGMENT_ANALYSIS, "BUSINESS_PROFESSIONAL"),
                segment("tell me about the deal seekers group", Intent.SEGMENT_ANALYSIS, "PRICE_SENSITIVE"),
                segment("show the at risk segment", Intent.SEGMENT_ANALYSIS, "AT_RISK"),
                segment("new customers segment performance", Intent.SEGMENT_ANALYSIS, "NEW_CUSTOMER"),
                segment("Analyze VIP segment", Intent.SEGMENT_ANALYSIS, "VIP_HIGH_VALUE"),
                segment("how many b2b customers do we have", Intent.SEGMENT_ANALYSIS, "BUSINESS_PROFESSIONAL"),
                c("list segments", Intent.LIST_SEGMENTS),
                c("What segments do we have?", Intent.LIST_SEGMENTS),
                c("how many customers are in each segment", Intent.LIST_SEGMENTS),
                segment("Compare VIP and dormant segments", Intent.COMPARE_SEGMENTS, "VIP_HIGH_VALUE", "DORMANT"),
                segment("loyal regulars vs one-time buyers", Intent.COMPARE_SEGMENTS, "LOYAL_REGULAR", "ONE_TIME_BUYER"),
                segment("compare all segments", Intent.COMPARE_SEGMENTS),
                // Top customers
                top("top 5 customers by CLV", 5, "clv"),
                top("Who are our best customers?", null, "total_spent"),
                top("show me the ten biggest spenders", 10, "total_spent"),
                top("top customers by lifetime value", null, "clv"),
                top("which 3 customers have the most orders", 3, "orders"),
                top("Who are the newest customers?", null, "first_order"),
                top("Which customers spend the most per order?", null, "aov"),
                top("Who placed the most orders this year?", null, "orders"),
                top("rank customers by revenue", null, "total_spent"),
                // Likely to order soon
                soon("customers likely to order soon", null),
                soon("Who is expected to buy in the next 14 days?", 14),
                soon("which customers will order within 2 weeks", 14),
                soon("who is due to reorder this month", 30),
                // Revenue at risk
                c("How much revenue is at risk?", Intent.REVENUE_AT_RISK),
                c("revenue at risk", Intent.REVENUE_AT_RISK),
                c("how much money could we lose to churn", Intent.REVENUE_AT_RISK),
                // Unseen everyday phrasings: contractions, spend verbs, win-back and the shop as a whole
                c("Which customers haven't ordered in a while?", Intent.WIN_BACK),
                c("Who hasn't bought anything in 6 months?", Intent.WIN_BACK),
                c("Which customers have gone quiet?", Intent.WIN_BACK),
                c("Which customers should I re-engage?", Intent.WIN_BACK),
                c("Who should I send a discount to?", Intent.WIN_BACK),
                c("who used to buy from us but stopped", Intent.WIN_BACK),
                c("Which dormant customers haven't come back?", Intent.WIN_BACK),
                c("reactivate dormant customers", Intent.WIN_BACK),
                // Those who came back after a break (the order history), not the win-back list
                c("Who came back after being dormant?", Intent.CAME_BACK),
                c("Show reactivated customers", Intent.CAME_BACK),
                c("Which dormant customers came back last month?", Intent.CAME_BACK),
                c("Who did we win back?", Intent.CAME_BACK),
                c("Which customers who were inactive ordered again?", Intent.CAME_BACK),
                c("customers who bought again after a long time", Intent.CAME_BACK),
                c("Who was away for months and came back?", Intent.CAME_BACK),
                c("Which customers returned after a long break?", Intent.CAME_BACK),
                c("Compare January and February revenue", Intent.SHOP_OVERVIEW),
                c("How many customers did we lose this year?", Intent.LOST_IN_PERIOD),
                c("Who churned in 2025?", Intent.LOST_IN_PERIOD),
                c("How many customers have we lost?", Intent.WIN_BACK),
                new Case("How is churn trending?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "score_trend"),
                new Case("Is retention getting better?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "score_trend"),
                c("Which customers' churn is rising?", Intent.AT_RISK_CUSTOMERS),
                c("How many customers do we have in each segment?", Intent.LIST_SEGMENTS),
                new Case("Which region spends the most?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "spend_by_region"),
                // Interest without an order
                c("Who opened emails but didn't buy?", Intent.CONTACTED_NOT_BOUGHT),
                c("Which site visitors never ordered?", Intent.CONTACTED_NOT_BOUGHT),
                c("customers who clicked our newsletter without buying last month", Intent.CONTACTED_NOT_BOUGHT),
                c("Who raised a support ticket and did not order again?", Intent.CONTACTED_NOT_BOUGHT),
                c("Which customers got our emails but never bought?", Intent.CONTACTED_NOT_BOUGHT),
                c("Who hasn't ordered since their last visit?", Intent.CONTACTED_NOT_BOUGHT),
                c("Show customers I'm about to lose", Intent.AT_RISK_CUSTOMERS),
                top("Who bought the most since Black Friday?", null, "total_spent"),
                top("Who ordered the most last month?", null, null),
                top("Which customers are worth the most?", null, "total_spent"),
                segment("Which one-time buyers should I follow up with?", Intent.SEGMENT_ANALYSIS, "ONE_TIME_BUYER"),
                c("How many customers do I have?", Intent.SHOP_OVERVIEW),
                c("How is my shop doing?", Intent.SHOP_OVERVIEW),
                c("What's our total revenue this year?", Intent.SHOP_OVERVIEW),
                c("What is our average order value?", Intent.SHOP_OVERVIEW),
                c("how much did we make last month", Intent.SHOP_OVERVIEW),
                c("how many orders did we get this week", Intent.SHOP_OVERVIEW),
                why("What's Sarah Chen's next order date?", "sarah chen", "next_order"),
                c("Who has a next order date this week?", Intent.LIKELY_TO_ORDER),
                c("Which customers are about to place an order?", Intent.LIKELY_TO_ORDER),
                c("What's the average order value?", Intent.SHOP_OVERVIEW),
                c("What percentage of customers are dormant?", Intent.SHOP_OVERVIEW),
                c("How many new customers did we get last month?", Intent.SHOP_OVERVIEW),
                c("Which customers have we lost?", Intent.WIN_BACK),
                c("Which categories sell best?", Intent.SHOP_OVERVIEW),
                c("What are our best-selling products?", Intent.SHOP_OVERVIEW),
                c("What's the average time between orders?", Intent.SHOP_OVERVIEW),
                c("How often do customers order?", Intent.SHOP_OVERVIEW),
                c("Revenue last week", Intent.SHOP_OVERVIEW),
                c("How many orders did we get yesterday?", Intent.SHOP_OVERVIEW),
                c("What's the lifetime value of my average customer?", Intent.SHOP_OVERVIEW),
                c("Which customers bought last week?", Intent.TOP_CUSTOMERS),
                c("Which segment is the most valuable?", Intent.LIST_SEGMENTS),
                new Case("What is our churn rate?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "churn"),
                new Case("show the revenue trend", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "revenue_by_month"),
                new Case("monthly sales", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "revenue_by_month"),
                new Case("what's the average clv?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "clv"),
                new Case("How many orders were refunded?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "refunds"),
                new Case("How many interactions did we have last week?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "interactions"),
                new Case("How many support tickets are open?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "interactions"),
                new Case("how many site visits did we get in november", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "interactions"),
                new Case("What's our email open rate this month?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "interactions"),
                new Case("What were sales on Black Friday?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, null),
                new Case("Which city brings the most revenue?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "spend_by_city"),
                new Case("sales by country", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "spend_by_country"),
                new Case("How many orders came from mobile last month?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "revenue_by_channel"),
                new Case("What's the average churn of our customers?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "churn"),
                c("What is the average churn of VIP customers?", Intent.VIP_CUSTOMERS),
                new Case("What does CLV mean?", Intent.GLOSSARY, null, List.of(), null, null, "clv"),
                new Case("What is RFM?", Intent.GLOSSARY, null, List.of(), null, null, "rfm"),
                new Case("How is churn calculated?", Intent.GLOSSARY, null, List.of(), null, null, "churn"),
                new Case("What does at-risk mean?", Intent.GLOSSARY, null, List.of(), null, null, "at_risk"),
                new Case("What's the difference between at risk and dormant?", Intent.GLOSSARY, null, List.of(), null, null,
                        "at_risk,dormant"),
                new Case("How do I import my Shopify orders?", Intent.GLOSSARY, null, List.of(), null, null, "import"),
                new Case("How are lifecycle stages assigned?", Intent.GLOSSARY, null, List.of(), null, null, "lifecycle"),
                new Case("what is p(alive)", Intent.GLOSSARY, null, List.of(), null, null, "p_alive"),
                c("Who is at risk?", Intent.AT_RISK_CUSTOMERS),
                new Case("How many customers will we lose next year?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "expected_churn"),
                new Case("how many customers are likely to churn", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "expected_churn"),
                new Case("Average revenue per customer?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "revenue_per_customer"),
                c("Give me a list of customers to call this week", Intent.NEXT_ACTIONS),
                c("Which segment should I focus on?", Intent.NEXT_ACTIONS),
                new Case("What's the forecast for next month?", Intent.SHOP_OVERVIEW, null, List.of(), null, 30, "forecast"),
                new Case("How much will we sell next year?", Intent.SHOP_OVERVIEW, null, List.of(), null, 365, "forecast"),
                new Case("What will we sell in the next 3 months?", Intent.SHOP_OVERVIEW, null, List.of(), null, 90,
                        "forecast"),
                new Case("Tell me about our newest customer", Intent.TOP_CUSTOMERS, null, List.of(), null, null, "first_order"),
                new Case("define revenue at risk", Intent.GLOSSARY, null, List.of(), null, null, "revenue_at_risk"),
                why("Explain the RFM score of Sarah Chen", "sarah chen", "rfm"),
                new Case("What sold best last quarter?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "categories"),
                customer("Why is customer 12005 at risk?", Intent.WHY_SCORE, "12005"),
                new Case("What do our at-risk customers usually buy?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "categories"),
                new Case("Which products are most popular among VIPs?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "categories"),
                new Case("What were sales over the holidays?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, null),
                new Case("What was revenue over Black Friday weekend?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        null),
                new Case("What's our refund rate this year?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "refunds"),
                new Case("how many orders got cancelled", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "refunds"),
                new Case("What did David Kim buy last?", Intent.CUSTOMER_PROFILE, "david kim", List.of(), null, null,
                        "last_order"),
                new Case("show me Sarah Chen's recent orders", Intent.CUSTOMER_PROFILE, "sarah chen", List.of(), null, null,
                        "last_order"),
                new Case("What's the best day of the week for sales?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "revenue_by_weekday"),
                new Case("which weekday is busiest", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "revenue_by_weekday"),
                new Case("orders by day of week last year", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "revenue_by_weekday"),
                new Case("Which customers are new this month?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "new_customers"),
                new Case("Show customers who joined in 2025", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "new_customers"),
                c("Compare this month with last month", Intent.SHOP_OVERVIEW),
                c("How does this week compare to last week?", Intent.SHOP_OVERVIEW),
                new Case("Who are my most engaged customers?", Intent.TOP_CUSTOMERS, null, List.of(), null, null,
                        "engagement"),
                new Case("How many customers do we have in each city?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "customers_by_city"),
                new Case("Where do our customers live?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "customers_by_city"),
                new Case("customers by country", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "customers_by_country"),
                new Case("Which states have the most customers?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "customers_by_region"),
                new Case("What was the best month for sales?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "best_month"),
                c("How much revenue did the top 10 customers bring?", Intent.TOP_CUSTOMERS),
                c("Which segment has the highest churn?", Intent.LIST_SEGMENTS),
                c("Average CLV by segment", Intent.LIST_SEGMENTS),
                new Case("What's the total predicted revenue for next year?", Intent.SHOP_OVERVIEW, null, List.of(), null,
                        365, "forecast"),
                new Case("How many orders do we get per day?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "per_day"),
                c("What changed since last month?", Intent.SEGMENT_CHANGES),
                new Case("How many customers placed an order last week?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "buyers"),
                new Case("What is the average number of orders per customer?", Intent.SHOP_OVERVIEW, null, List.of(), null,
                        null, "orders_per_customer"),
                new Case("What's the median order value?", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "aov"),
                c("Give me an overview of the business", Intent.SHOP_OVERVIEW),
                new Case("Which products does Sarah Chen buy?", Intent.CUSTOMER_PROFILE, "sarah chen", List.of(), null, null,
                        "last_order"),
                new Case("Who are our oldest customers?", Intent.TOP_CUSTOMERS, null, List.of(), null, null,
                        "first_order_oldest"),
                c("How accurate are the predictions?", Intent.MODEL_REPORT),
                c("Which model do you use?", Intent.MODEL_REPORT),
                c("How reliable are the churn scores?", Intent.MODEL_REPORT),
                c("Show me the model report", Intent.MODEL_REPORT),
                c("How do you predict churn?", Intent.MODEL_REPORT),
                c("What should I do today?", Intent.NEXT_ACTIONS),
                c("Which customers should I call this week?", Intent.NEXT_ACTIONS),
                c("show me the top recommendations", Intent.NEXT_ACTIONS),
                customer("What should I do about Emma Rodriguez?", Intent.CUSTOMER_PROFILE, "emma rodriguez"),
                why("What is Sarah Chen's CLV?", "sarah chen", "clv"),
                new Case("Which channel brings the most revenue?", Intent.SHOP_OVERVIEW, null, List.of(), null, null,
                        "revenue_by_channel"),
                new Case("sales by channel last year", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "revenue_by_channel"),
                new Case("average churn across the shop", Intent.SHOP_OVERVIEW, null, List.of(), null, null, "churn"),
                // How the segments changed between two dated runs
                c("How did our segments change since last month?", Intent.SEGMENT_CHANGES),
                c("Which segment grew the most?", Intent.SEGMENT_CHANGES),
                c("which segment is growing fastest", Intent.SEGMENT_CHANGES),
                c("Show me the segment migration", Intent.SEGMENT_CHANGES),
                segment("Which customers moved into At risk?", Intent.SEGMENT_CHANGES, "AT_RISK"),
                segment("Who left the VIP customers segment?", Intent.SEGMENT_CHANGES, "VIP_HIGH_VALUE"),
                segment("Who dropped out of Loyal regulars this year?", Intent.SEGMENT_CHANGES, "LOYAL_REGULAR"),
                // "left" alone is leaving the shop, not a segment
                c("Which customers left us?", Intent.WIN_BACK),
                customer("Show me Olivia Chang's profile", Intent.CUSTOMER_PROFILE, "olivia chang"),
                // Help and nonsense
                c("", Intent.HELP),
                c("   ", Intent.HELP),
                c("help", Intent.HELP),
                c("what can you do?", Intent.HELP),
                c("?!?", Intent.HELP));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("phrasings")
    void recognisesIntentAndParameters(Case expected) {
        Interpretation got = recogniser.recognise(expected.question(), SEGMENTS).best();

        assertThat(got.intent()).as("intent").isEqualTo(expected.intent());
        assertThat(got.customer()).as("customer").isEqualTo(expected.customer());
        assertThat(got.segments()).as("segments").isEqualTo(expected.segments());
        if (expected.limit() != null) {
            assertThat(got.limit()).as("limit").isEqualTo(expected.limit());
        }
        if (expected.days() != null) {
            assertThat(got.days()).as("days").isEqualTo(expected.days());
        }
        if (expected.metric() != null) {
            assertThat(got.metric()).as("metric").isEqualTo(expected.metric());
        }
    }

    @Test
    void atLeastFortyPhrasingsAreCovered() {
        assertThat(phrasings().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aCustomerQuestionWithoutACustomerAsksForOne() {
        Interpretation got = recogniser.recognise("show me the profile", SEGMENTS).best();

        assertThat(got.intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        assertThat(got.missing()).isEqualTo("customer");
    }

    @Test
    void injectionAttemptsAreWordsNotSyntax() {
        Interpretation got = recogniser.recognise("show profile of x'; drop table customer_dim; --", SEGMENTS).best();

        assertThat(got.intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        assertThat(got.customer()).isEqualTo("x drop table dim"); // words of a name to look up, bound as values
    }

    @Test
    void aWordThatFitsAnyQuestionIsNoReadingOnItsOwn() {
        // "which", "show" and "send" once made a list of every segment the answer to anything
        for (String q : List.of("Which penguins dance?", "show me the weather", "send it")) {
            // left: the leftover words as a name to look up (the assistant says it knows no such customer), or help
            assertThat(recogniser.recognise(q, SEGMENTS).ranked()).as(q)
                    .extracting(candidate -> candidate.interpretation().intent())
                    .isSubsetOf(Intent.CUSTOMER_PROFILE, Intent.HELP);
        }
    }

    @Test
    void contractionsAreSpelledOut() {
        assertThat(Utterance.of("Who hasn't ordered? We've lost them, they'll not return, I'd say you're right").text())
                .isEqualTo("who has not ordered we have lost them they will not return i would say you are right");
    }

    @Test
    void numberWordsAndWindowsAreRead() {
        assertThat(Quantities.limit("top twenty customers")).isEqualTo(20);
        assertThat(Quantities.limit("top 5000 customers")).isEqualTo(Quantities.MAX_LIMIT);
        assertThat(Quantities.days("in the next 3 months")).isEqualTo(90);
        assertThat(Quantities.days("next week")).isEqualTo(7);
        assertThat(Quantities.days("soon")).isNull();
    }
}
