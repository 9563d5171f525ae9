package com.scudo.assistant;

import com.scudo.demo.DemoData;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The brief's demo scenarios and the assistant's edges on the demo shop; run on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssistantScenarios {
    private static final List<String> PERSONAS = List.of("cust-001", "cust-002", "cust-003", "cust-004", "cust-005",
            "cust-006", "cust-007", "cust-008", "cust-009", "cust-010");
    /** How many customers a filtered list shows. */
    private static final int LISTED = 50;
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    Assistant assistant;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.scudo.segment.Segments segments;
    @Autowired
    com.scudo.analytics.ScoredCustomers scoredCustomers;
    @Autowired
    com.scudo.analytics.AnalyticsRuns analytics;
    @Autowired
    com.scudo.ingest.IngestService ingest;

    WorkspaceId shop;
    Api api;

    @BeforeAll
    void loadDemoShop() {
        shop = WorkspaceId.of("shop-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 90, 42); // followed by the analytics run and segment assignment
        api = new Api(port, shop.value());
    }

    @Test
    void vipCustomersAreSarahChenWithHerRevenueAndLowChurn() {
        Answer answer = assistant.ask(shop, "Show me our VIP customers");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.VIP_CUSTOMERS);
        CustomerListCard list = card(answer, CustomerListCard.class);
        assertThat(list.customers()).extracting(CustomerRow::customerId).containsExactly("cust-001");
        CustomerRow sarah = list.customers().get(0);
        assertThat(sarah.name()).isEqualTo("Sarah Chen");
        assertThat(sarah.orders()).isEqualTo(45);
        assertThat(sarah.totalSpent()).isEqualByComparingTo("8500");
        assertThat(sarah.churn().doubleValue()).isLessThan(0.08);
        assertThat(answer.insight()).startsWith("1 VIP customer generating $8,500 revenue with excellent retention");
        assertThat(answer.query()).isEqualTo("lifecycle = \"VIP\"");
    }

    @Test
    void atRiskCustomersAmongThePersonasAreMikeAndJames() {
        Answer answer = assistant.ask(shop, "Find customers at risk of churning");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.AT_RISK_CUSTOMERS);
        CustomerListCard list = card(answer, CustomerListCard.class);
        Long atRisk = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? "
                + "and lifecycle = 'At-Risk'", Long.class, shop.value());
        assertThat(list.total()).isEqualTo(atRisk);
        assertThat(list.customers()).hasSize((int) Math.min(atRisk, 50));
        assertThat(list.customers()).extracting(CustomerRow::customerId).filteredOn(PERSONAS::contains)
                .containsExactlyInAnyOrder("cust-002", "cust-005");
        assertThat(list.customers()).allSatisfy(c -> assertThat(c.churn()).isGreaterThanOrEqualTo(new BigDecimal("0.25")));
        Long dormant = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? "
                + "and lifecycle = 'Dormant'", Long.class, shop.value());
        assertThat(answer.insight()).startsWith(atRisk + " customers are at risk: still likely to buy but slipping")
                .contains(dormant + " more customers have already gone dormant");
        assertThat(list.customers()).extracting(CustomerRow::clv).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(answer.query()).isEqualTo("lifecycle = \"At-Risk\"");
        assertThat(answer.cards()).anyMatch(c -> c instanceof ActionsCard a
                && a.actions().stream().anyMatch(x -> x.type().equals("RETENTION_OFFER")));
    }

    @Test
    void businessProfessionalSegmentShowsDavidKim() {
        Answer answer = assistant.ask(shop, "Analyze business professional segment");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SEGMENT_ANALYSIS);
        SegmentCard segment = card(answer, SegmentCard.class);
        assertThat(segment.segmentId()).isEqualTo("BUSINESS_PROFESSIONAL");
        CustomerRow david = segment.topMembers().stream().filter(m -> m.customerId().equals("cust-003")).findFirst()
                .orElseThrow();
        assertThat(david.name()).isEqualTo("David Kim");
        assertThat(david.totalSpent()).isEqualByComparingTo("4800");
        assertThat(david.churn().doubleValue()).isCloseTo(0.10, within(0.05));
        assertThat(answer.insight()).startsWith(segment.name() + ": " + segment.customers() + " customer");
        assertThat(answer.query()).isEqualTo(Filters.normalise("segment = \"BUSINESS_PROFESSIONAL\""));
        if (segment.customers() == 1) {
            assertThat(segment.averageValue()).isEqualByComparingTo("4800");
            assertThat(answer.insight()).contains("$4,800 average value").contains("high-value");
        }
    }

    @Test
    void davidKimsCompleteProfileHasScoresReasonsAndRecommendations() {
        Answer answer = assistant.ask(shop, "Show me David Kim's complete profile");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        ProfileCard p = card(answer, ProfileCard.class);
        assertThat(p.customerId()).isEqualTo("cust-003");
        assertThat(p.primarySegment()).isEqualTo("BUSINESS_PROFESSIONAL");
        assertThat(p.orders()).isEqualTo(24);
        assertThat(p.totalSpent()).isEqualByComparingTo("4800");
        assertThat(p.churn().doubleValue()).isCloseTo(0.10, within(0.05));
        assertThat(p.reasons()).containsKeys("rfm", "churn", "clv", "lifecycle");
        assertThat(p.recommendations()).isNotEmpty();
        assertThat(p.link()).isEqualTo("/api/v1/customers/cust-003/360");
        assertThat(answer.insight()).startsWith("David Kim (" + p.primarySegmentName() + "): 24 orders, $4,800 spent, "
                        + "last order " + com.scudo.shared.Figures.DEFAULT.date(p.lastOrder()) + ", ")
                .contains(p.recommendations().get(0).title());
        assertThat(answer.query()).isEqualTo("customer_id = \"cust-003\"");
    }

    @Test
    void segmentChangesAreToldBetweenTwoDatedRuns() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.time.LocalDate earlier = today.minusDays(70); // before the first day of last month, whatever today is
        try {
            assertThat(analytics.runNow(shop, earlier).state()).isEqualTo("done");
        } finally {
            assertThat(analytics.runNow(shop, today).state()).isEqualTo("done"); // the other tests read today's scores
        }

        Answer answer = assistant.ask(shop, "How did our segments change since last month?");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SEGMENT_CHANGES);
        SegmentMovesCard card = card(answer, SegmentMovesCard.class);
        // The latest scores from before last month began (the demo's month ends, or the run above).
        java.time.LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        assertThat(card.from()).isBetween(earlier, lastMonth);
        assertThat(card.to()).isEqualTo(today);
        // Every customer is somewhere at both dates (in no segment before their first order): the counts balance.
        assertThat(card.segments().stream().mapToLong(SegmentMovesCard.Row::customersBefore).sum())
                .isEqualTo(card.segments().stream().mapToLong(SegmentMovesCard.Row::customersAfter).sum())
                .isEqualTo(100);
        assertThat(card.moves()).isNotEmpty().extracting(SegmentMovesCard.Move::customers)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(answer.insight()).startsWith("Between ").contains("changed main segment").contains("Biggest move: ");
        SegmentMovesCard.Row grew = card.segments().stream().filter(r -> !r.segmentId().equals("none"))
                .max(java.util.Comparator.comparingLong(SegmentMovesCard.Row::change)).orElseThrow();
        if (grew.change() > 0) {
            assertThat(answer.insight()).contains("Main segment that grew the most: " + grew.name() + ", "
                    + grew.customersBefore() + " → ");
        }

        // "last month" is its own month: from the scores before it began to its last ones (the demo's month ends)
        Answer inLastMonth = assistant.ask(shop, "How did our segments change last month?");
        SegmentMovesCard month = card(inLastMonth, SegmentMovesCard.class);
        assertThat(month.to()).isBefore(today.withDayOfMonth(1))
                .isAfterOrEqualTo(inLastMonth.interpretation().period().from());
        assertThat(month.from()).isBefore(inLastMonth.interpretation().period().from());

        Answer into = assistant.ask(shop, "Which customers moved into At risk?");
        assertThat(into.interpretation().intent()).isEqualTo(Intent.SEGMENT_CHANGES);
        assertThat(into.interpretation().segments()).containsExactly("AT_RISK");
        assertThat(card(into, SegmentMovesCard.class).moves()).allSatisfy(m ->
                assertThat(List.of(m.fromSegmentId(), m.toSegmentId())).contains("AT_RISK"));
        assertThat(into.insight()).contains("At risk as a main segment, ").containsAnyOf("Moved in: ", "Nobody moved into it.");
    }

    @Test
    void theRevenueTrendIsTheLastSixMonthsFromTheOrders() {
        Answer answer = assistant.ask(shop, "What is our revenue trend?");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        java.time.YearMonth now = java.time.YearMonth.from(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        java.time.YearMonth full = now.minusMonths(1);
        // The last full month's revenue, summed here from the orders in the shop's time zone (UTC in the demo).
        BigDecimal expected = jdbc.queryForObject("select coalesce(sum(amount), 0) from order_facts where workspace_id = ? "
                + "and ordered_at >= ? and ordered_at < ?", BigDecimal.class, shop.value(),
                java.sql.Timestamp.from(full.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(now.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        String fullName = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.US).format(full);
        assertThat(answer.insight()).startsWith("Revenue by month: ")
                .contains(fullName + " " + com.scudo.shared.Figures.DEFAULT.money(expected) + " (")
                .contains(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.US).format(now) + " so far ");
        assertThat(answer.insight().substring(0, answer.insight().indexOf(". ")).split("\\), ")).hasSize(6); // six months
    }

    @Test
    void revenueByChannelAddsUpToTheShopsRevenue() {
        Answer answer = assistant.ask(shop, "Which channel brings the most revenue?");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        List<Map<String, Object>> channels = jdbc.queryForList("select channel, sum(amount) as revenue from order_facts "
                + "where workspace_id = ? group by channel order by sum(amount) desc", shop.value());
        assertThat(channels).hasSizeGreaterThan(1);
        String top = (String) channels.get(0).get("channel");
        assertThat(answer.insight()).startsWith("By channel since the first order: " + top + " "
                + com.scudo.shared.Figures.DEFAULT.money((BigDecimal) channels.get(0).get("revenue")) + " (")
                .contains("; " + top + " brings the most.");
        channels.forEach(c -> assertThat(answer.insight()).contains(c.get("channel") + " "
                + com.scudo.shared.Figures.DEFAULT.money((BigDecimal) c.get("revenue"))));
    }

    @Test
    void whatToDoNowIsTheShopsOpenRecommendationsMostUrgentFirst() {
        Answer answer = assistant.ask(shop, "What should I do this week?");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.NEXT_ACTIONS);
        ActionsCard first = card(answer, ActionsCard.class);
        assertThat(first.actions()).hasSizeBetween(1, 10).allSatisfy(a -> assertThat(a.customerId()).isNotBlank());
        // the same order as the recommendations' list: most urgent (lowest priority number), then most valuable
        List<Map<String, Object>> open = jdbc.queryForList("select customer_id, title from recommendations where "
                + "workspace_id = ? and status = 'open' order by priority, expected_value desc, customer_id, action_type, "
                + "recommendation_id limit 10", shop.value());
        assertThat(first.actions()).extracting(ActionItem::customerId)
                .containsExactlyElementsOf(open.stream().map(r -> (String) r.get("customer_id")).toList());
        assertThat(answer.insight()).startsWith("Start with ").contains(first.actions().get(0).title())
                .doesNotContain("I cannot apply");
    }

    @Test
    void whyQuestionIsAnsweredFromTheChurnReason() {
        Answer answer = assistant.ask(shop, "Why is James Wilson at risk?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.WHY_SCORE);
        String reasons = scoredCustomers.reasons(shop, com.scudo.shared.CustomerId.of("cust-005")).get("churn");
        String churnReason = answer.insight().substring("James Wilson: ".length());
        assertThat(answer.insight()).startsWith("James Wilson: Churn risk ");
        assertThat(reasons).contains(churnReason.substring(0, Math.min(60, churnReason.length())));
    }

    @Test
    void namesAreFoundDespiteCaseAndTypos() {
        assertThat(card(assistant.ask(shop, "show me dvid kim's profile"), ProfileCard.class).customerId())
                .isEqualTo("cust-003");
        assertThat(card(assistant.ask(shop, "analyze SARAH CHEN"), ProfileCard.class).customerId()).isEqualTo("cust-001");
        assertThat(card(assistant.ask(shop, "profile of mike.johnson@email.com"), ProfileCard.class).customerId())
                .isEqualTo("cust-002");
    }

    @Test
    void anAmbiguousNameIsAskedBackWithTheCandidates() {
        Map<String, Long> byFirstName = jdbc.queryForList("select name from customer_dim where workspace_id = ?",
                String.class, shop.value()).stream().collect(java.util.stream.Collectors.groupingBy(
                n -> n.split(" ")[0], java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        String first = byFirstName.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getValue() <= 10)
                .findFirst().orElseThrow().getKey();
        List<String> ids = jdbc.queryForList("select customer_id from customer_dim where workspace_id = ? "
                + "and name like ?", String.class, shop.value(), first + " %");

        Answer answer = assistant.ask(shop, "Show me " + first + "'s profile");

        ChoicesCard choices = card(answer, ChoicesCard.class);
        assertThat(choices.choices()).extracting(ChoicesCard.Choice::customerId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(answer.insight()).startsWith(ids.size() + " customers match").endsWith("Which one do you mean?");
        String followUp = choices.choices().get(0).ask();
        assertThat(card(assistant.ask(shop, followUp), ProfileCard.class).customerId())
                .isEqualTo(choices.choices().get(0).customerId());
    }

    @Test
    void unknownAndEmptyQuestionsGetExamples() {
        for (String q : new String[] {"", "tell me a joke about penguins", "???"}) {
            Answer answer = assistant.ask(shop, q);
            assertThat(answer.interpretation().intent()).isEqualTo(Intent.HELP);
            assertThat(card(answer, ExamplesCard.class).examples()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void injectionAttemptsChangeNothingAndSelectNobody() {
        Long before = jdbc.queryForObject("select count(*) from customer_dim where workspace_id = ?", Long.class, shop.value());
        for (String q : new String[] {"show profile of x'; drop table customer_dim; --", "name = \"x\" or 1=1",
                "profile of ' or '1'='1", "analyze segment \") or 1=1 --"}) {
            Answer answer = assistant.ask(shop, q);
            assertThat(answer.cards()).noneMatch(c -> c instanceof ProfileCard || c instanceof CustomerListCard);
        }
        assertThat(jdbc.queryForObject("select count(*) from customer_dim where workspace_id = ?", Long.class,
                shop.value())).isEqualTo(before);
    }

    @Test
    void topCustomersByClvAreSortedAndLimited() {
        Answer answer = assistant.ask(shop, "top 5 customers by CLV");

        List<CustomerRow> rows = card(answer, CustomerListCard.class).customers();
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(CustomerRow::clv).isSortedAccordingTo((a, b) -> b.compareTo(a));
        BigDecimal best = jdbc.queryForObject("select max(clv) from customer_metrics where workspace_id = ?",
                BigDecimal.class, shop.value());
        assertThat(rows.get(0).clv()).isEqualByComparingTo(best);
    }

    @Test
    void customersLikelyToOrderHaveTheirNextOrderInTheWindow() {
        Answer answer = assistant.ask(shop, "Which customers are likely to order in the next 30 days?");

        CustomerListCard list = card(answer, CustomerListCard.class);
        java.time.LocalDate asOf = jdbc.queryForObject("select max(as_of) from customer_metrics where workspace_id = ?",
                java.time.LocalDate.class, shop.value());
        Long expected = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? "
                + "and next_order_date between ? and ?", Long.class, shop.value(), asOf, asOf.plusDays(30));
        assertThat(list.total()).isEqualTo(expected).isPositive();
        assertThat(list.customers()).allSatisfy(c -> assertThat(c.nextOrderDate()).isBetween(asOf, asOf.plusDays(30)));
        assertThat(answer.query()).isEqualTo("next_order_date between " + asOf + " and " + asOf.plusDays(30));
    }

    @Test
    void revenueAtRiskIsThePredictedValueOfTheAtRiskCustomers() {
        Answer answer = assistant.ask(shop, "How much revenue is at risk?");

        BigDecimal expected = jdbc.queryForObject("select sum(clv) from customer_metrics where workspace_id = ? "
                + "and lifecycle = 'At-Risk'", BigDecimal.class, shop.value());
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.REVENUE_AT_RISK);
        assertThat(answer.insight()).startsWith(String.format(java.util.Locale.US, "$%,.0f", expected.doubleValue()));
    }

    @Test
    void segmentsAreListedAndCompared() {
        SegmentTableCard all = card(assistant.ask(shop, "list segments"), SegmentTableCard.class);
        assertThat(all.segments()).hasSize(13);

        Answer compared = assistant.ask(shop, "compare VIP and dormant segments");
        assertThat(card(compared, SegmentTableCard.class).segments()).extracting(SegmentTableCard.Row::segmentId)
                .containsExactly("VIP_HIGH_VALUE", "DORMANT");
        assertThat(compared.insight()).startsWith("VIP customers (1 customer) are worth $8,500 on average");
    }

    @Test
    void askEndpointAnswersJsonWithTypedCards() {
        Api.Response response = api.post("/api/v1/assistant/ask", "{\"question\":\"Show me David Kim's complete profile\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("interpretation").path("intent").asString()).isEqualTo("CUSTOMER_PROFILE");
        assertThat(json.path("cards").get(0).path("type").asString()).isEqualTo("profile");
        assertThat(json.path("cards").get(0).path("customerId").asString()).isEqualTo("cust-003");
        assertThat(json.path("query").asString()).isEqualTo("customer_id = \"cust-003\"");
    }

    @Test
    void overlongQuestionIsA400ProblemOnBothEndpoints() {
        String longQuestion = "a".repeat(Assistant.MAX_QUESTION_LENGTH + 1);

        Api.Response ask = api.post("/api/v1/assistant/ask", "{\"question\":\"" + longQuestion + "\"}");
        Api.Response stream = api.get("/api/v1/assistant/stream?q=" + longQuestion);

        assertThat(ask.status()).isEqualTo(400);
        assertThat(ask.contentType()).startsWith("application/problem+json");
        assertThat(stream.status()).isEqualTo(400);
    }

    @Test
    void streamSendsInsightThenCardsThenQueryThenDone() {
        String q = "Find customers at risk of churning";
        Answer expected = assistant.ask(shop, q);

        Api.Response response = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/assistant/stream?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/event-stream");
        List<Map.Entry<String, JsonNode>> events = SseEvents.parse(response.body());
        List<String> names = events.stream().map(Map.Entry::getKey).toList();
        int cards = expected.cards().size();
        int insights = names.indexOf("card");
        assertThat(insights).isGreaterThanOrEqualTo(1);
        assertThat(names.subList(0, insights)).containsOnly("insight");
        assertThat(names.subList(insights, insights + cards)).containsOnly("card");
        assertThat(names.subList(insights + cards, names.size())).containsExactly("query", "done");
        StringBuilder insight = new StringBuilder();
        events.subList(0, insights).forEach(e -> insight.append(e.getValue().path("text").asString()));
        assertThat(insight.toString()).isEqualTo(expected.insight());
        assertThat(events.get(insights).getValue().path("type").asString()).isEqualTo("customers");
        assertThat(events.get(names.size() - 2).getValue().path("query").asString()).isEqualTo("lifecycle = \"At-Risk\"");
        assertThat(events.get(names.size() - 1).getValue().path("intent").asString()).isEqualTo("AT_RISK_CUSTOMERS");

        Api.Response posted = api.post("/api/v1/assistant/stream", "{\"question\":\"list segments\"}");
        List<String> postedNames = SseEvents.parse(posted.body()).stream().map(Map.Entry::getKey).toList();
        assertThat(postedNames).endsWith("query", "done").contains("insight", "card");
    }

    @Test
    void aWinBackQuestionListsTheLapsedCustomersNotTheSegments() {
        Answer answer = assistant.ask(shop, "Which customers should I email this week to win them back?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.WIN_BACK);
        assertThat(answer.cards()).noneMatch(SegmentTableCard.class::isInstance);
        CustomerListCard list = card(answer, CustomerListCard.class);
        Long dormant = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? "
                + "and lifecycle = 'Dormant' and orders >= 1", Long.class, shop.value());
        assertThat(dormant).isPositive();
        assertThat(list.total()).isEqualTo(dormant);
        assertThat(list.customers()).isNotEmpty().allSatisfy(c -> assertThat(c.lifecycle()).isEqualTo("Dormant"));
        assertThat(list.customers()).extracting(CustomerRow::customerId).contains("cust-007");
        assertThat(list.customers()).extracting(CustomerRow::totalSpent).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(answer.query()).contains("lifecycle = \"Dormant\"");
        assertThat(answer.insight()).contains("dormant customer").doesNotContain("did not understand");
        for (String paraphrase : List.of("Who should we send a win-back offer to?", "bring lapsed customers back",
                "customers who stopped buying")) {
            assertThat(assistant.ask(shop, paraphrase).interpretation().intent()).as(paraphrase).isEqualTo(Intent.WIN_BACK);
        }
    }

    @Test
    void whoSpentTheMostLastYearCountsOnlyLastYearsOrders() {
        Answer answer = assistant.ask(shop, "Who spent the most last year?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.TOP_CUSTOMERS);
        int lastYear = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        CustomerListCard list = card(answer, CustomerListCard.class);
        CustomerRow first = list.customers().get(0);
        BigDecimal spent = jdbc.queryForObject("select sum(amount) from order_facts where workspace_id = ? and customer_id = ? "
                + "and ordered_at >= ? and ordered_at < ?", BigDecimal.class, shop.value(), first.customerId(),
                java.time.OffsetDateTime.parse(lastYear + "-01-01T00:00:00Z"),
                java.time.OffsetDateTime.parse((lastYear + 1) + "-01-01T00:00:00Z"));
        assertThat(first.totalSpent()).isEqualByComparingTo(spent);
        BigDecimal lifetime = jdbc.queryForObject("select total_spent from customer_metrics where workspace_id = ? "
                + "and customer_id = ?", BigDecimal.class, shop.value(), first.customerId());
        assertThat(first.totalSpent()).isLessThan(lifetime);
        assertThat(list.customers()).extracting(CustomerRow::totalSpent).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(answer.insight()).startsWith("Who spent the most last year (Jan 1, " + lastYear + " – Dec 31, " + lastYear + "): "
                + first.name());
    }

    @Test
    void aTimeWordAListCannotHonourIsSaidAndUnknownWordsAreNamed() {
        Answer vip = assistant.ask(shop, "Show me VIP customers since Black Friday");
        assertThat(vip.interpretation().intent()).isEqualTo(Intent.VIP_CUSTOMERS);
        assertThat(vip.insight()).contains("I cannot apply \"since black friday\" to this answer: these are today's figures.");

        Answer odd = assistant.ask(shop, "Show me VIP customers with zorblax");
        assertThat(odd.interpretation().intent()).isEqualTo(Intent.VIP_CUSTOMERS);
        assertThat(odd.insight()).endsWith("I did not understand \"zorblax\", so I left it out.");

        Answer nonsense = assistant.ask(shop, "flibbertigibbet revenu quarterly");
        assertThat(nonsense.interpretation().intent()).isEqualTo(Intent.HELP);
        assertThat(nonsense.insight()).startsWith("I did not understand \"flibbertigibbet\".");
        ExamplesCard closest = card(nonsense, ExamplesCard.class);
        assertThat(closest.title()).isEqualTo("Closest questions");
        assertThat(closest.examples().get(0)).containsIgnoringCase("revenue");
    }

    @Test
    void everydayWinBackPhrasingsListTheDormantAndNameNoWordAsMissed() {
        for (String q : List.of("Which customers haven't ordered in a while?", "Who should I send a discount to?",
                "Which customers have gone quiet?", "Which customers should I re-engage?",
                "Which customers can I win back this month?")) {
            Answer answer = assistant.ask(shop, q);
            assertThat(answer.interpretation().intent()).as(q).isEqualTo(Intent.WIN_BACK);
            assertThat(answer.query()).as(q).isEqualTo("lifecycle = \"Dormant\" and orders >= 1");
            assertThat(card(answer, CustomerListCard.class).customers()).as(q)
                    .allSatisfy(c -> assertThat(c.lifecycle()).isEqualTo("Dormant"));
            // "this month" says when to act: today's dormant customers are the right answer, with no excuse
            assertThat(answer.insight()).as(q).doesNotContain("did not understand", "cannot apply");
        }
    }

    @Test
    void whoBoughtTheMostSinceBlackFridayCountsOnlyTheOrdersSinceThen() {
        Answer answer = assistant.ask(shop, "Who bought the most since Black Friday?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.TOP_CUSTOMERS);
        java.time.LocalDate asOf = scoreDate();
        java.time.LocalDate blackFriday = java.time.LocalDate.of(asOf.getYear(), 11, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY)).plusDays(1);
        if (blackFriday.isAfter(asOf)) {
            blackFriday = java.time.LocalDate.of(asOf.getYear() - 1, 11, 1)
                    .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY)).plusDays(1);
        }
        assertThat(answer.interpretation().period().from()).isEqualTo(blackFriday);
        CustomerRow first = card(answer, CustomerListCard.class).customers().get(0);
        BigDecimal since = jdbc.queryForObject("select sum(amount) from order_facts where workspace_id = ? and customer_id = ? "
                + "and ordered_at >= ?", BigDecimal.class, shop.value(), first.customerId(),
                blackFriday.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        assertThat(first.totalSpent()).isEqualByComparingTo(since);
        assertThat(answer.insight()).startsWith("Who spent the most since black friday").contains(first.name());
    }

    @Test
    void aMonthByNameTheRepeatRateTheLifecycleMixAndNewCustomersAreCountedFromTheOrders() {
        java.time.LocalDate asOf = scoreDate();
        java.time.YearMonth last = java.time.YearMonth.from(asOf).minusMonths(1);
        String monthName = last.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        java.time.OffsetDateTime from = last.atDay(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        java.time.OffsetDateTime until = last.plusMonths(1).atDay(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);

        Answer month = assistant.ask(shop, "How much revenue did we make in " + monthName + "?");
        Map<String, Object> inMonth = jdbc.queryForMap("select count(*) as n, sum(amount) as revenue from order_facts "
                + "where workspace_id = ? and ordered_at >= ? and ordered_at < ?", shop.value(), from, until);
        assertThat(month.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(month.insight()).startsWith("In " + monthName + " " + last.getYear() + " (")
                .contains(com.scudo.shared.Figures.DEFAULT.money((BigDecimal) inMonth.get("revenue")) + " revenue from "
                        + inMonth.get("n") + " orders")
                .doesNotContain("did not understand");

        Long won = jdbc.queryForObject("select count(*) from (select customer_id from order_facts where workspace_id = ? "
                + "group by customer_id having min(ordered_at) >= ? and min(ordered_at) < ?) w", Long.class,
                shop.value(), from, until);
        assertThat(assistant.ask(shop, "How many new customers did we get in " + monthName + "?").insight())
                .contains("New customers in " + monthName + " " + last.getYear() + " (first order from ")
                .contains("): " + won + ". ")
                .contains(won > 0 ? " so far, average churn risk " : "): 0. Filter");

        Long buyers = jdbc.queryForObject("select count(distinct customer_id) from order_facts where workspace_id = ?",
                Long.class, shop.value());
        Long repeat = jdbc.queryForObject("select count(*) from (select customer_id from order_facts where workspace_id = ? "
                + "group by customer_id having count(*) >= 2) r", Long.class, shop.value());
        assertThat(assistant.ask(shop, "What is the repeat purchase rate?").insight())
                .startsWith("Repeat purchase rate ").contains(": " + repeat + " of the " + buyers + " customers who have ordered");

        Long dormant = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? and lifecycle = 'Dormant'",
                Long.class, shop.value());
        Long scored = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ?", Long.class,
                shop.value());
        Answer mix = assistant.ask(shop, "What percentage of customers are dormant?");
        assertThat(mix.insight()).contains("of your scored customers are Dormant (" + dormant + " of " + scored + ")")
                .contains("By lifecycle stage: ").contains("Dormant " + dormant + " (");
        assertThat(assistant.ask(shop, "How many customers are in each lifecycle stage?").insight())
                .startsWith("By lifecycle stage: ");

        Map<String, Object> all = jdbc.queryForMap("select count(*) as n, sum(amount) as revenue from order_facts "
                + "where workspace_id = ?", shop.value());
        BigDecimal aov = ((BigDecimal) all.get("revenue")).divide(BigDecimal.valueOf(((Number) all.get("n")).longValue()),
                2, java.math.RoundingMode.HALF_UP);
        assertThat(assistant.ask(shop, "What's the average order value?").insight())
                .startsWith("Average order value: " + com.scudo.shared.Figures.DEFAULT.money(aov) + " (" + all.get("n") + " orders");
    }

    @Test
    void theNewestCustomersAreThoseWhoseFirstOrderCameLast() {
        Answer answer = assistant.ask(shop, "Who are the newest customers?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.TOP_CUSTOMERS);
        List<CustomerRow> rows = card(answer, CustomerListCard.class).customers();
        List<String> newest = jdbc.queryForList("select customer_id from order_facts where workspace_id = ? "
                + "group by customer_id order by min(ordered_at) desc, customer_id limit 3", String.class, shop.value());
        assertThat(rows).isNotEmpty();
        assertThat(newest).contains(rows.get(0).customerId());
        assertThat(answer.insight()).startsWith("Your 10 newest customers by their first order, newest first: "
                + rows.get(0).name());
        assertThat(assistant.ask(shop, "List dormant customers with more than $500 spent").query())
                .contains("total_spent > 500").contains("Dormant");
    }

    @Test
    void theBestSellingCategoriesAndTheTimeBetweenOrdersComeFromTheOrdersAndTheRun() {
        Map<String, BigDecimal> revenue = new java.util.HashMap<>();
        Map<String, Long> orders = new java.util.HashMap<>();
        jdbc.queryForList("select categories, count(*) as n, sum(amount) as revenue from order_facts where workspace_id = ? "
                + "and categories is not null group by categories", shop.value()).forEach(row -> {
            for (String category : ((String) row.get("categories")).split("\\|")) {
                if (!category.isBlank()) {
                    revenue.merge(category, (BigDecimal) row.get("revenue"), BigDecimal::add);
                    orders.merge(category, ((Number) row.get("n")).longValue(), Long::sum);
                }
            }
        });
        String top = revenue.entrySet().stream().max(Map.Entry.<String, BigDecimal>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();

        Answer best = assistant.ask(shop, "Which categories sell best?");

        assertThat(best.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(best.insight()).startsWith("Best-selling product categories since the first order: " + top + " "
                + com.scudo.shared.Figures.DEFAULT.money(revenue.get(top)) + " in " + orders.get(top) + " orders")
                .contains("; " + top + " sells the most.").doesNotContain("did not understand");

        Long repeat = jdbc.queryForObject("select count(*) from behavioral_analytics where workspace_id = ? "
                + "and avg_days_between_orders is not null", Long.class, shop.value());
        assertThat(repeat).isPositive();
        assertThat(assistant.ask(shop, "What's the average time between orders?").insight())
                .startsWith("Customers who order again do so every ")
                .contains("over the " + repeat + " customers who ordered on two days or more");
    }

    @Test
    void oneMonthsRevenueIsComparedWithAnothersFromTheOrders() {
        java.time.YearMonth last = java.time.YearMonth.from(scoreDate()).minusMonths(1);
        java.time.YearMonth before = last.minusMonths(1);
        String lastName = last.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        String beforeName = before.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        Map<String, Object> then = jdbc.queryForMap("select count(*) as n, sum(amount) as revenue from order_facts "
                + "where workspace_id = ? and ordered_at >= ? and ordered_at < ?", shop.value(),
                before.atDay(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                last.atDay(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));

        Answer answer = assistant.ask(shop, "Sales in " + lastName + " vs " + beforeName + "?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(answer.insight()).startsWith("In " + lastName + " " + last.getYear() + " (")
                .contains("Against " + beforeName + " " + before.getYear() + " (")
                .contains(com.scudo.shared.Figures.DEFAULT.money((BigDecimal) then.get("revenue")) + " revenue from "
                        + then.get("n") + " orders")
                .containsPattern("revenue (\\d+% (higher|lower)|the same)");
        assertThat(assistant.ask(shop, "How much revenue did we make last month compared to the month before?").insight())
                .startsWith("Last month (").contains("Against the month before (")
                .contains(com.scudo.shared.Figures.DEFAULT.money((BigDecimal) then.get("revenue")) + " revenue from "
                        + then.get("n") + " orders")
                .doesNotContain("did not understand");
    }

    @Test
    void whoOrderedTheMostInAPeriodIsRankedByTheOrdersOfThePeriod() {
        java.time.LocalDate asOf = scoreDate();
        java.time.OffsetDateTime yearStart = asOf.withDayOfYear(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        Map<String, Object> top = jdbc.queryForMap("select customer_id, count(*) as n from order_facts where workspace_id = ? "
                + "and ordered_at >= ? and ordered_at < ? group by customer_id order by count(*) desc, sum(amount) desc, "
                + "customer_id limit 1", shop.value(), yearStart, asOf.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));

        Answer answer = assistant.ask(shop, "Who placed the most orders this year?");

        assertThat(answer.interpretation().metric()).isEqualTo("orders");
        assertThat(card(answer, CustomerListCard.class).customers().get(0).customerId()).isEqualTo(top.get("customer_id"));
        assertThat(answer.insight()).startsWith("Who ordered the most this year (")
                .contains(" with " + top.get("n") + " orders;").doesNotContain("did not understand");
    }

    @Test
    void howIsTheShopDoingThisYearGivesThisYearsRevenueAndTheWholeShop() {
        Answer answer = assistant.ask(shop, "How is the shop doing this year?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        java.time.LocalDate asOf = scoreDate();
        java.time.OffsetDateTime yearStart = asOf.withDayOfYear(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        Map<String, Object> year = jdbc.queryForMap("select count(*) as n, sum(amount) as revenue from order_facts "
                + "where workspace_id = ? and ordered_at >= ? and ordered_at < ?", shop.value(), yearStart,
                asOf.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        Long customers = jdbc.queryForObject("select count(*) from customer_dim where workspace_id = ?", Long.class,
                shop.value());
        String revenue = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US)
                .format(((BigDecimal) year.get("revenue")).setScale(0, java.math.RoundingMode.HALF_UP)).replace(".00", "");
        assertThat(answer.insight()).startsWith("This year (Jan 1, " + asOf.getYear() + " – ")
                .contains(": " + revenue + " revenue from " + year.get("n") + " orders",
                        "All told, you have " + customers + " customers", "at risk", "dormant")
                .doesNotContain("cannot apply");
        assertThat(answer.cards()).isNotEmpty();
        assertThat(assistant.ask(shop, "How many customers do I have?").insight())
                .startsWith("You have " + customers + " customers; since the first order ");
    }

    @Test
    void listQuestionsNamingAttributesCountWhatTheSameFilterSelectsAsASegment() {
        for (String q : new String[] {"customers from New York who spent more than $1,000", "who lives in chicago",
                "customers with more than 5 orders", "customers who haven't ordered in 90 days",
                "customers with churn above 50%", "customers with CLV over $2,000", "customers who ordered only once",
                "VIP customers from New York", "at-risk customers who spent more than $500", "Which VIPs are at risk?"}) {
            Answer answer = assistant.ask(shop, q);

            assertThat(answer.interpretation().intent()).as(q).isEqualTo(Intent.FILTERED_CUSTOMERS);
            long selected = segments.preview(shop, answer.query()).customers();
            CustomerListCard list = card(answer, CustomerListCard.class);
            assertThat(list.total()).as(q).isEqualTo(selected);
            assertThat(list.customers()).as(q).hasSize((int) Math.min(selected, 50));
            assertThat(answer.insight()).as(q).startsWith(list.title() + ": " + selected + ".")
                    .contains("Filter: " + answer.query()).doesNotContain("did not understand", "cannot apply");
        }
        // Profiles hold state and country codes ("WA", "US"): a state named in full finds them.
        Answer washington = assistant.ask(shop, "customers in Washington");
        Long inWa = jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ? and region = 'WA'",
                Long.class, shop.value());
        assertThat(inWa).as("demo customers in WA").isPositive();
        assertThat(washington.insight()).startsWith("Customers in Washington: ");
        assertThat(segments.preview(shop, washington.query()).customers()).isGreaterThanOrEqualTo(inWa);
        Answer chicago = assistant.ask(shop, "customers from Chicago who spent more than $500");
        assertThat(chicago.query()).isEqualTo(Filters.normalise("(city = \"Chicago\" or region = \"Chicago\" or "
                + "country = \"Chicago\") and total_spent > 500"));
        Long expected = jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ? and city = 'Chicago'"
                + " and total_spent > 500", Long.class, shop.value());
        assertThat(expected).as("demo customers in Chicago who spent more than $500").isPositive();
        assertThat(chicago.insight()).startsWith("Customers in Chicago who spent more than $500: " + expected + ".");
        assertThat(card(chicago, CustomerListCard.class).customers()).hasSize((int) Math.min(expected, 50))
                .allSatisfy(c -> assertThat(c.totalSpent()).isGreaterThan(new BigDecimal("500")));
    }

    @Test
    void twoLifecycleStagesSelectNobodyAndTheAnswerSaysWhyAndAnUnknownPlaceIsNamed() {
        Answer both = assistant.ask(shop, "VIP customers to win back");
        assertThat(both.query()).isEqualTo("lifecycle = \"Dormant\" and orders >= 1 and lifecycle = \"VIP\"");
        assertThat(both.insight()).contains(": 0.")
                .contains("A customer is in one lifecycle stage at a time").doesNotContain("did not combine");
        // VIPs at risk: a VIP whose churn risk rises becomes At-Risk, so the answer is the at-risk list, biggest first.
        Answer slipping = assistant.ask(shop, "Which VIPs are at risk?");
        Long atRisk = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? and lifecycle = 'At-Risk'",
                Long.class, shop.value());
        assertThat(slipping.query()).isEqualTo("lifecycle = \"At-Risk\"");
        assertThat(slipping.insight()).startsWith("At-risk customers: " + atRisk + ".")
                .contains("Nobody is VIP and At-Risk at once", "the biggest spenders first");

        Answer nowhere = assistant.ask(shop, "customers from Atlantis");
        assertThat(nowhere.insight()).startsWith("Customers in Atlantis: 0.")
                .contains("No customer's city, region or country is \"Atlantis\"");
        Answer richest = assistant.ask(shop, "customers from Chicago who spent more than $1,000,000");
        Long chicago = jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ? and city = 'Chicago'",
                Long.class, shop.value());
        assertThat(richest.insight()).startsWith("Customers in Chicago who spent more than $1,000,000: 0. " + chicago
                + " customers are in Chicago, but none of them matches the rest.");
    }

    @Test
    void aSpendRangeListsExactlyTheCustomersWhoseSpendIsInItHoweverTheAmountsAreWritten() {
        List<BigDecimal> spend = jdbc.queryForList("select total_spent from customer_facts where workspace_id = ? and orders >= 1"
                + " order by total_spent", BigDecimal.class, shop.value());
        long low = spend.get(spend.size() - 30).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        long high = spend.get(spend.size() - 10).setScale(0, java.math.RoundingMode.CEILING).longValueExact();

        for (String q : List.of(String.format(java.util.Locale.US, "customers who spent between $%,d and $%,d", low, high),
                String.format(java.util.Locale.GERMANY, "customers that spent between %,d $ and %,d $", low, high),
                String.format(java.util.Locale.US, "clients who spent from %d to %d dollars", high, low))) {
            assertListsExactly(q, "total_spent between ? and ?", low, high);
        }
        long thousand = assistant.ask(shop, "how many customers spent more than 1.000 $?").cards().stream()
                .filter(CustomerListCard.class::isInstance).map(c -> ((CustomerListCard) c).total()).findFirst().orElseThrow();
        assertThat(thousand).isEqualTo(jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ?"
                + " and total_spent > 1000", Long.class, shop.value()));
        assertListsExactly("customers who spent over $1k and less than 1,5k", "total_spent > 1000 and total_spent < 1500");
    }

    @Test
    void aChurnRangeAndAnOrderRangeListExactlyTheCustomersInThem() {
        List<BigDecimal> churn = jdbc.queryForList("select churn from customer_facts where workspace_id = ? and churn is not null"
                + " order by churn", BigDecimal.class, shop.value());
        int from = churn.get(churn.size() / 2).movePointRight(2).setScale(0, java.math.RoundingMode.FLOOR).intValueExact();
        int to = churn.get(churn.size() / 2 + 15).movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).intValueExact();

        assertListsExactly("customers with churn between " + from + " and " + to + "%", "churn between ? and ?",
                BigDecimal.valueOf(from).movePointLeft(2), BigDecimal.valueOf(to).movePointLeft(2));
        assertListsExactly("clients with 2 to 4 orders", "orders between 2 and 4");
        assertListsExactly("customers with 20+ orders", "orders >= 20");
        assertListsExactly("customers with no more than 2 orders", "orders <= 2");
        java.time.LocalDate asOf = scoreDate();
        assertListsExactly("customers whose last order was between 30 and 90 days ago", "last_order <= ? and last_order >= ?",
                asOf.minusDays(30), asOf.minusDays(90));
    }

    @Test
    void severalPlacesListExactlyTheCustomersInAnyOfThem() {
        String inCaOrTx = "(lower(city) in ('california', 'texas') or lower(region) in ('california', 'texas', 'ca', 'tx')"
                + " or lower(country) in ('california', 'texas'))";

        assertListsExactly("customers in California or Texas", inCaOrTx);
        assertListsExactly("customers in texas, california", inCaOrTx);
        assertListsExactly("Customers from Chicago, Houston and New York", "lower(city) in ('chicago', 'houston', 'new york')"
                + " or lower(region) in ('chicago', 'houston', 'new york', 'ny') or lower(country) in ('chicago', 'houston',"
                + " 'new york')");
        assertListsExactly("customers in texas or california who spent over $1k", inCaOrTx + " and total_spent > 1000");
        String inCalifornia = "(lower(city) = 'california' or lower(region) in ('california', 'ca')"
                + " or lower(country) = 'california')";
        assertListsExactly("How many customers do we have in California?", inCalifornia);
        assertListsExactly("How many customers are in California?", inCalifornia);
        assertListsExactly("Show me the VIPs in California", "lifecycle = 'VIP' and " + inCalifornia);
    }

    @Test
    void anAmountInACurrencyWithoutARateOrAConditionItCannotReadListsNobodyAndSaysWhatItCanAnswer() {
        for (String q : List.of("customers who spent more than 1.000 €", "VIP customers who spent over £500",
                "customers who spent about $500", "customers with 30% churn")) {
            Answer answer = assistant.ask(shop, q);

            assertThat(answer.interpretation().intent()).as(q).isEqualTo(Intent.HELP);
            assertThat(answer.cards()).as(q).noneMatch(CustomerListCard.class::isInstance);
            assertThat(card(answer, ExamplesCard.class).examples()).as(q).hasSizeGreaterThanOrEqualTo(5);
            assertThat(answer.insight()).as(q).contains("I can answer questions such as");
        }
        assertThat(assistant.ask(shop, "customers who spent more than 1.000 €").insight())
                .startsWith("Your figures are in US Dollar (USD), and there is no exchange rate for Euro (EUR)");
    }

    /** The list answers exactly the customers the condition selects in the data (at most 50 of them listed). */
    private void assertListsExactly(String question, String condition, Object... args) {
        Answer answer = assistant.ask(shop, question);
        List<Object> params = new ArrayList<>(List.of(shop.value()));
        params.addAll(List.of(args));
        List<String> expected = jdbc.queryForList("select customer_id from customer_facts where workspace_id = ? and ("
                + condition + ")", String.class, params.toArray());

        assertThat(answer.interpretation().intent()).as(question).isEqualTo(Intent.FILTERED_CUSTOMERS);
        assertThat(expected).as("demo customers for: " + question).isNotEmpty();
        CustomerListCard list = card(answer, CustomerListCard.class);
        List<String> listed = list.customers().stream().map(CustomerRow::customerId).toList();
        assertThat(list.total()).as(question).isEqualTo(expected.size());
        if (expected.size() <= LISTED) {
            assertThat(listed).as(question).containsExactlyInAnyOrderElementsOf(expected);
        } else {
            assertThat(listed).as(question).hasSize(LISTED).allMatch(expected::contains);
        }
        assertThat(answer.insight()).as(question).startsWith(list.title() + ": " + expected.size() + ".")
                .doesNotContain("did not understand", "could not");
    }

    private java.time.LocalDate scoreDate() {
        return jdbc.queryForObject("select max(as_of) from customer_metrics where workspace_id = ?",
                java.time.LocalDate.class, shop.value());
    }

    static <T extends Card> T card(Answer answer, Class<T> type) {
        List<T> found = new ArrayList<>();
        answer.cards().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        assertThat(found).as("a %s in %s", type.getSimpleName(), answer).isNotEmpty();
        return found.get(0);
    }
    @Test
    void refundsAndCancellationsAreCountedPerOutcomeAndTheirValuePerCurrency() {
        WorkspaceId other = WorkspaceId.of("refunds-" + UUID.randomUUID().toString().substring(0, 8));
        Api shopApi = new Api(port, other.value());
        assertThat(shopApi.post("/api/v1/customers", "{\"id\": \"c-1\", \"name\": \"Ada Byron\"}").status()).isEqualTo(201);
        assertThat(shopApi.post("/api/v1/exchange-rates",
                "{\"rates\":[{\"currency\":\"EUR\",\"date\":\"2026-01-01\",\"rate\":1.1}]}").status()).isEqualTo(200);
        String order = "{\"id\": \"%s\", \"customerId\": \"c-1\", \"orderedAt\": \"%s\", \"amount\": %s, \"currency\": \"%s\"%s}";
        for (String body : List.of(order.formatted("o-1", "2026-03-02T10:00:00Z", "100", "USD", ""),
                order.formatted("o-2", "2026-03-05T10:00:00Z", "40", "USD", ""),
                order.formatted("o-3", "2026-03-09T10:00:00Z", "60", "USD", ", \"financialStatus\": \"cancelled\""),
                order.formatted("o-4", "2026-03-12T10:00:00Z", "200", "EUR", ""),
                order.formatted("o-5", "2026-04-01T10:00:00Z", "80", "USD", ""))) {
            assertThat(shopApi.post("/api/v1/orders", body).status()).as(body).isEqualTo(201);
        }
        assertThat(shopApi.post("/api/v1/orders/o-1/refunds", "{\"id\": \"r-1\", \"amount\": 30}").status()).isEqualTo(201);
        assertThat(shopApi.post("/api/v1/orders/o-2/refunds", "{\"id\": \"r-2\", \"amount\": 40}").status()).isEqualTo(201);
        assertThat(shopApi.post("/api/v1/orders/o-4/refunds", "{\"id\": \"r-3\", \"amount\": 50}").status()).isEqualTo(201);

        Answer all = assistant.ask(other, "How many orders were refunded?");
        Answer march = assistant.ask(other, "What was the refund rate in March 2026?");

        assertThat(all.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(all.interpretation().metric()).isEqualTo("refunds");
        assertThat(all.insight()).contains("Of the 5 orders placed since the first order, 1 refunded in full (25%), "
                + "2 refunded in part (50%) and 1 cancelled (20% of all orders).")
                .contains("$70 of $220 paid in USD (32%)").contains("€50 of €200 paid in EUR (25%)")
                .doesNotContain("did not understand");
        assertThat(march.insight()).contains("Of the 4 orders placed in March 2026,").contains("$70 of $140 paid in USD (50%)");
    }
    @Test
    void nobodyExpectedInTheWindowNamesWhoIsExpectedSoonestInstead() {
        WorkspaceId other = WorkspaceId.of("soonest-" + UUID.randomUUID().toString().substring(0, 8));
        Api shopApi = new Api(port, other.value());
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 6, 1);
        // Monthly buyers who ordered a few days ago: each is next expected weeks away, none in the coming week.
        for (int c = 1; c <= 3; c++) {
            postCustomer(shopApi, "m-" + c, "Monthly " + c);
            for (int month = 0; month < 8; month++) {
                postOrder(shopApi, "m-" + c + "-" + month, "m-" + c, asOf.minusDays(2 + c).minusMonths(month), 50);
            }
        }
        // the live re-scores of these orders first: after the run they would score them as of today instead
        ingest.replayPending();
        assertThat(analytics.runNow(other, asOf).state()).isEqualTo("done");

        Answer answer = assistant.ask(other, "Which customers are likely to order in the next 7 days?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.LIKELY_TO_ORDER);
        assertThat(answer.insight()).startsWith("No customer is expected to order in the next 7 days")
                .contains("Expected soonest after that: Monthly");
        CustomerListCard list = card(answer, CustomerListCard.class);
        assertThat(list.customers()).hasSize(3);
        assertThat(list.customers()).extracting(CustomerRow::nextOrderDate)
                .allMatch(d -> d.isAfter(asOf.plusDays(7))).isSorted();
    }
    @Test
    void whoCameBackAreThoseWhoOrderedAgainAfterTheDormantThresholdFromTheOrderHistory() {
        WorkspaceId other = WorkspaceId.of("back-" + UUID.randomUUID().toString().substring(0, 8));
        Api shopApi = new Api(port, other.value());
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 6, 1);
        // r-1 came back after 400 days away; r-2 after 100 (under the 180-day threshold); r-3 came back before the window
        int[][] gaps = {{420, 20}, {120, 20}, {700, 200}};
        for (int c = 0; c < gaps.length; c++) {
            postCustomer(shopApi, "r-" + (c + 1), "Returner " + (c + 1));
            for (int o = 0; o < 2; o++) {
                postOrder(shopApi, "r-" + (c + 1) + "-" + o, "r-" + (c + 1), asOf.minusDays(gaps[c][o]), 40 + o * 30);
            }
        }
        ingest.replayPending();
        assertThat(analytics.runNow(other, asOf).state()).isEqualTo("done");

        Answer answer = assistant.ask(other, "Which dormant customers came back?");
        Answer none = assistant.ask(other, "Who came back after a long break in March?");
        Answer lastYear = assistant.ask(other, "Which customers did we win back last year?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.CAME_BACK);
        assertThat(answer.insight()).startsWith("1 customer came back in the last 90 days").contains("after 180 days or more")
                .contains("spent $70 since").contains("Longest away: Returner 1, 400 days").doesNotContain("did not understand");
        assertThat(card(answer, CustomerListCard.class).customers()).extracting(CustomerRow::customerId).containsExactly("r-1");
        assertThat(none.insight()).startsWith("Nobody came back").contains("Mar 1, 2026 – Mar 31, 2026")
                .contains("1 customer is dormant now");
        assertThat(lastYear.insight()).startsWith("1 customer came back last year").contains("Returner 3, 500 days");
        // r-3's last order (200 days before the score date) reached the 180-day threshold in May 2026
        Answer lost = assistant.ask(other, "Which customers went dormant in May?");
        assertThat(lost.interpretation().intent()).isEqualTo(Intent.LOST_IN_PERIOD);
        assertThat(lost.query()).isEqualTo("last_order >= 2025-11-02 and last_order < 2025-12-03");
        assertThat(lost.insight()).startsWith("1 customer went dormant in May 2026");
        assertThat(card(lost, CustomerListCard.class).customers()).extracting(CustomerRow::customerId).containsExactly("r-3");
    }

    @Test
    void whoOpenedButDidNotBuyAreThoseWithNoOrderSinceTheirFirstOpenInThePeriod() {
        WorkspaceId other = WorkspaceId.of("opened-" + UUID.randomUUID().toString().substring(0, 8));
        Api shopApi = new Api(port, other.value());
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 6, 1);
        // o-1 opened and bought after; o-2 opened twice and bought only before; o-3 visited the site and never bought
        for (int c = 1; c <= 3; c++) {
            postCustomer(shopApi, "o-" + c, "Opener " + c);
        }
        String[][] contacts = {{"o-1", "email_open", "30"}, {"o-2", "email_open", "40"}, {"o-2", "email_open", "10"},
                {"o-3", "site_visit", "5"}};
        for (int i = 0; i < contacts.length; i++) {
            assertThat(shopApi.post("/api/v1/interactions", "{\"id\": \"i-%d\", \"customerId\": \"%s\", \"type\": \"%s\", \"occurredAt\": \"%sT12:00:00Z\"}"
                    .formatted(i, contacts[i][0], contacts[i][1], asOf.minusDays(Long.parseLong(contacts[i][2])))).status())
                    .isEqualTo(201);
        }
        String[][] orders = {{"o-1", "20"}, {"o-2", "60"}};
        for (String[] o : orders) {
            postOrder(shopApi, o[0] + "-x", o[0], asOf.minusDays(Long.parseLong(o[1])), 50);
        }
        ingest.replayPending();
        assertThat(analytics.runNow(other, asOf).state()).isEqualTo("done");

        Answer opened = assistant.ask(other, "Who opened our emails but didn't buy?");
        Answer visited = assistant.ask(other, "Which site visitors never ordered?");
        Answer any = assistant.ask(other, "Who engaged with us but hasn't purchased?");

        assertThat(opened.interpretation().intent()).isEqualTo(Intent.CONTACTED_NOT_BOUGHT);
        assertThat(opened.insight()).startsWith("2 customers opened an e-mail in the last 90 days")
                .contains("1 of them (50%) has ordered nothing since their first").doesNotContain("did not understand");
        assertThat(card(opened, CustomerListCard.class).customers()).extracting(CustomerRow::customerId).containsExactly("o-2");
        assertThat(visited.query()).isNull(); // not the filter orders = 0: o-3 is a customer without orders who visited
        assertThat(card(visited, CustomerListCard.class).customers()).extracting(CustomerRow::customerId).containsExactly("o-3");
        assertThat(any.insight()).startsWith("3 customers opened an e-mail, clicked an e-mail, visited the site or answered"
                + " a campaign").contains("2 of them (67%)");
    }

    @Test
    void aListsAverageOrderValueIsItsOwnNotTheShops() {
        Answer vip = assistant.ask(shop, "What's the average order value of VIP customers?");
        Answer city = assistant.ask(shop, "What is the average order value of customers in Chicago?");

        assertThat(vip.insight()).startsWith("VIP customers' average order value is $189 ($8,500 over 45 orders).");
        BigDecimal vipGap = jdbc.queryForObject("select avg(avg_days_between_orders) from customer_facts where workspace_id = ?"
                + " and lifecycle = 'VIP'", BigDecimal.class, shop.value());
        assertThat(assistant.ask(shop, "What's the average time between orders for VIPs?").insight())
                .startsWith("VIP customers order again every " + vipGap.setScale(0, java.math.RoundingMode.HALF_UP)
                        + " days on average");
        assertThat(assistant.ask(shop, "How often do at-risk customers order?").insight())
                .startsWith("At-risk customers order again every");
        Map<String, Object> chicago = jdbc.queryForMap("select sum(f.total_spent) as spent, sum(f.orders) as orders from"
                + " customer_facts f where f.workspace_id = ? and f.city = 'Chicago'", shop.value());
        BigDecimal spent = new BigDecimal(chicago.get("spent").toString());
        long orders = ((Number) chicago.get("orders")).longValue();
        assertThat(city.insight()).contains("Their average order value is " + com.scudo.shared.Figures.DEFAULT.money(
                spent.divide(BigDecimal.valueOf(orders), 2, java.math.RoundingMode.HALF_UP)) + " (")
                .doesNotContain("could not combine");
    }

    @Test
    void whatTheShopNeverSendsIsSaidToBeMissingAndAShorterChurnWindowIsExplained() {
        Answer birthdays = assistant.ask(shop, "Which customers have birthdays this month?");
        Answer margins = assistant.ask(shop, "Which VIP customers are the most profitable?");
        Answer churn30 = assistant.ask(shop, "Which customers are likely to churn in the next 30 days?");

        assertThat(birthdays.insight()).startsWith("Scudo is not told customers' birthdays, ages or gender");
        assertThat(margins.insight()).contains("Scudo is not told costs or margins");
        assertThat(churn30.interpretation().intent()).isEqualTo(Intent.AT_RISK_CUSTOMERS);
        assertThat(churn30.insight()).contains("Churn risk is the chance of no order in the next 365 days (the shop's churn"
                + " horizon), so \"30 days\" does not change who is at risk");
    }

    @Test
    void everydayConditionsAreFiltersNotWordsLeftOut() {
        String[][] cases = {
                {"Which business customers are at risk?", "lifecycle = \"At-Risk\" and company is not null"},
                {"Which private customers spent over 1000?", "company is null and total_spent > 1000"},
                {"List customers tagged wholesale", "tags contains \"wholesale\""},
                {"Which customers use discount codes?", "discount_rate > 0"},
                {"Which customers are most likely to respond to a discount?", "discount_rate >= 0.5"},
                {"Which customers order every month?", "avg_days_between_orders <= 31"},
                {"Who buys once a week?", "avg_days_between_orders <= 7"}};
        for (String[] c : cases) {
            Answer answer = assistant.ask(shop, c[0]);
            assertThat(answer.query()).as(c[0]).isEqualTo(c[1]);
            assertThat(answer.insight()).as(c[0]).doesNotContain("did not understand").doesNotContain("could not combine");
        }
        Answer months = assistant.ask(shop, "Compare January and February revenue");
        assertThat(months.insight()).startsWith("In January 2026 (Jan 1, 2026 – Jan 31, 2026):")
                .contains("Against February 2026 (Feb 1, 2026 – Feb 28, 2026):");
    }

    @Test
    void churnTrendingIsTheShopsScoresThenAndNowFromTheDatedSnapshots() {
        Answer answer = assistant.ask(shop, "How is churn trending?");

        java.time.LocalDate asOf = jdbc.queryForObject("select max(snapshot_date) from metric_snapshots where workspace_id = ?",
                java.time.LocalDate.class, shop.value());
        java.time.LocalDate then = jdbc.queryForObject("select coalesce(max(snapshot_date), (select min(snapshot_date) from"
                + " metric_snapshots where workspace_id = ?)) from metric_snapshots where workspace_id = ? and snapshot_date <= ?",
                java.time.LocalDate.class, shop.value(), shop.value(), asOf.minusDays(30));
        BigDecimal churnNow = jdbc.queryForObject("select avg(churn) from metric_snapshots where workspace_id = ? and"
                + " snapshot_date = ?", BigDecimal.class, shop.value(), asOf);
        com.scudo.shared.Figures f = com.scudo.shared.Figures.DEFAULT;
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        if (then.isBefore(asOf)) {
            assertThat(answer.insight()).startsWith("From " + f.date(then) + " to " + f.date(asOf))
                    .contains(" → " + f.percent(churnNow)).doesNotContain("did not understand");
        } else {
            assertThat(answer.insight()).startsWith("A trend needs scores of two dates");
        }
    }

    @Test
    void anIdOrAddressNobodyHasIsSaidSoInsteadOfAnsweringAnotherQuestion() {
        assertThat(assistant.ask(shop, "Why is cust-999 at risk?").insight())
                .startsWith("No customer in this shop has the id \"cust-999\"");
        assertThat(assistant.ask(shop, "Why is 12005 at risk?").insight()).startsWith("No customer in this shop has the id \"12005\"");
        assertThat(assistant.ask(shop, "Is nobody@example.com at risk?").insight())
                .startsWith("No customer in this shop has the e-mail address nobody@example.com");
    }

    @Test
    void whatACustomerBoughtLastIsTheirNewestPurchasesFromTheOrderHistory() {
        Answer answer = assistant.ask(shop, "What did David Kim buy last?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        assertThat(answer.interpretation().metric()).isEqualTo("last_order");
        ProfileCard david = card(answer, ProfileCard.class);
        Map<String, Object> newest = jdbc.queryForMap("select amount, categories from order_facts where workspace_id = ?"
                + " and customer_id = 'cust-003' order by ordered_at desc, order_id desc limit 1", shop.value());
        String categories = String.valueOf(newest.get("categories")).replaceAll("^\\||\\|$", "").replace("|", ", ");
        assertThat(answer.insight()).startsWith("David Kim's last purchase: "
                        + com.scudo.shared.Figures.DEFAULT.date(david.lastOrder()) + ", "
                        + com.scudo.shared.Figures.DEFAULT.money((BigDecimal) newest.get("amount")))
                .contains("(" + categories + ")").contains("Before that: ").doesNotContain("did not understand");
    }
    @Test
    void theBestDayOfTheWeekIsTheWeekdayWithTheMostRevenue() {
        Answer answer = assistant.ask(shop, "What's the best day of the week for sales?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(answer.interpretation().metric()).isEqualTo("revenue_by_weekday");
        Map<java.time.DayOfWeek, BigDecimal> byDay = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        jdbc.query("select ordered_at, amount from order_facts where workspace_id = ?", rs -> {
            java.time.DayOfWeek day = rs.getObject(1, java.time.OffsetDateTime.class)
                    .atZoneSameInstant(java.time.ZoneOffset.UTC).getDayOfWeek();
            byDay.merge(day, rs.getBigDecimal(2), BigDecimal::add);
        }, shop.value());
        java.time.DayOfWeek best = byDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String name = best.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        assertThat(answer.insight()).startsWith("By day of the week since the first order: " + name + " "
                        + com.scudo.shared.Figures.DEFAULT.money(byDay.get(best)))
                .contains(name + " brings the most").contains("Monday").contains("Sunday")
                .doesNotContain("did not understand");
    }
    @Test
    void customersWhoAgreedToMarketingEmailAreAFilterOnTheirConsent() {
        WorkspaceId other = WorkspaceId.of("consent-" + UUID.randomUUID().toString().substring(0, 8));
        Api shopApi = new Api(port, other.value());
        for (int c = 1; c <= 3; c++) {
            String prefs = c == 1 ? ", \"preferences\": {\"emailOptIn\": true}" : "";
            assertThat(shopApi.post("/api/v1/customers", "{\"id\": \"e-%d\", \"name\": \"Reader %d\"%s}"
                    .formatted(c, c, prefs)).status()).isEqualTo(201);
            assertThat(shopApi.post("/api/v1/orders", "{\"id\": \"e-o-%d\", \"customerId\": \"e-%d\", \"orderedAt\": \"2026-05-0%dT10:00:00Z\", \"amount\": 30}"
                    .formatted(c, c, c)).status()).isEqualTo(201);
        }
        ingest.replayPending(); // the live re-scores of these orders first, as above
        assertThat(analytics.runNow(other, java.time.LocalDate.of(2026, 6, 1)).state()).isEqualTo("done");

        Answer in = assistant.ask(other, "Which customers opted in to email?");
        Answer out = assistant.ask(other, "customers who have not opted in");

        assertThat(in.interpretation().intent()).isEqualTo(Intent.FILTERED_CUSTOMERS);
        assertThat(in.query()).isEqualTo("email_opt_in = \"yes\"");
        assertThat(card(in, CustomerListCard.class).customers()).extracting(CustomerRow::customerId).containsExactly("e-1");
        assertThat(card(out, CustomerListCard.class).customers()).extracting(CustomerRow::customerId)
                .containsExactlyInAnyOrder("e-2", "e-3");
    }
    @Test
    void whatACustomerSpentInAPeriodComesFromTheirOrdersInIt() {
        Answer answer = assistant.ask(shop, "How much did Sarah Chen spend last year?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        Interpretation.Period year = answer.interpretation().period();
        assertThat(year.words()).isEqualTo("last year");
        Map<String, Object> sums = jdbc.queryForMap("select coalesce(sum(amount), 0) as spent, count(*) as n from order_facts"
                + " where workspace_id = ? and customer_id = 'cust-001' and ordered_at >= ? and ordered_at < ?", shop.value(),
                java.sql.Timestamp.from(year.from().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(year.until().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        assertThat(((Number) sums.get("n")).longValue()).as("the persona ordered last year").isPositive();
        assertThat(answer.insight()).startsWith("Sarah Chen spent "
                        + com.scudo.shared.Figures.DEFAULT.money(new BigDecimal(sums.get("spent").toString())) + " last year (")
                .contains(" over " + sums.get("n") + " orders.").doesNotContain("cannot apply");
    }
    @Test
    void aboveAverageIsTheShopsOwnAverageWrittenIntoTheFilter() {
        Answer answer = assistant.ask(shop, "Which customers have a CLV above average?");

        BigDecimal average = jdbc.queryForObject("select avg(clv) from customer_facts where workspace_id = ?",
                BigDecimal.class, shop.value());
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.FILTERED_CUSTOMERS);
        assertThat(answer.query()).isEqualTo("clv > " + average.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString());
        assertThat(card(answer, CustomerListCard.class).customers()).isNotEmpty()
                .allMatch(c -> c.clv().compareTo(average) > 0);
    }
    @Test
    void customersPerCityAreCountedFromTheirProfilesMostFirst() {
        Answer answer = assistant.ask(shop, "How many customers do we have in each city?");

        assertThat(answer.interpretation().metric()).isEqualTo("customers_by_city");
        Map<String, Object> top = jdbc.queryForMap("select min(city) as city, count(*) as n from customer_dim"
                + " where workspace_id = ? and city is not null group by lower(trim(city)) order by count(*) desc,"
                + " lower(trim(city)) limit 1", shop.value());
        assertThat(answer.insight()).startsWith("By city: " + top.get("city") + " " + top.get("n") + " customers (");
    }
    @Test
    void aCustomersEmailIsSaidWhenAskedFor() {
        Answer answer = assistant.ask(shop, "What's Emma Rodriguez's email?");

        ProfileCard emma = card(answer, ProfileCard.class);
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        assertThat(answer.insight()).startsWith("Emma Rodriguez's contact details: e-mail " + emma.email());
    }
    @Test
    void theMedianOrderAndTheCustomersWhoOrderedInAPeriodComeFromThePurchases() {
        Answer median = assistant.ask(shop, "What's the median order value?");
        Answer lastYear = assistant.ask(shop, "How many customers placed an order last year?");

        BigDecimal expected = jdbc.queryForObject("select percentile_cont(0.5) within group (order by amount) from order_facts"
                + " where workspace_id = ?", BigDecimal.class, shop.value());
        assertThat(median.insight()).contains("the median order is " + com.scudo.shared.Figures.DEFAULT.money(expected));
        Interpretation.Period year = lastYear.interpretation().period();
        Long buyers = jdbc.queryForObject("select count(distinct customer_id) from order_facts where workspace_id = ?"
                + " and ordered_at >= ? and ordered_at < ?", Long.class, shop.value(),
                java.sql.Timestamp.from(year.from().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(year.until().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        assertThat(buyers).isPositive();
        assertThat(lastYear.insight()).contains(buyers + " customers ordered last year.");
    }
    @Test
    void whoBoughtACategoryInAPeriodComesFromTheOrdersOfThePeriodThatIncludedIt() {
        Answer answer = assistant.ask(shop, "How many customers bought electronics last quarter?");

        Interpretation.Period quarter = answer.interpretation().period();
        assertThat(quarter).isNotNull();
        List<Map<String, Object>> buyers = jdbc.queryForList("select customer_id, sum(amount) as spent from order_facts"
                        + " where workspace_id = ? and categories like '%|electronics|%' and ordered_at >= ? and ordered_at < ?"
                        + " group by customer_id order by sum(amount) desc, customer_id", shop.value(),
                java.sql.Timestamp.from(quarter.from().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(quarter.until().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        long everBought = jdbc.queryForObject("select count(distinct customer_id) from order_facts where workspace_id = ?"
                + " and categories like '%|electronics|%'", Long.class, shop.value());
        assertThat(buyers).as("some, not all who ever bought it").isNotEmpty().hasSizeLessThan((int) everBought);
        assertThat(answer.insight()).startsWith(buyers.size() + " customers bought electronics last quarter (")
                .doesNotContain("cannot apply").doesNotContain("did not understand");
        CustomerListCard list = card(answer, CustomerListCard.class);
        assertThat(list.total()).isEqualTo(buyers.size());
        assertThat(list.customers()).extracting(CustomerRow::customerId)
                .containsExactlyElementsOf(buyers.stream().map(b -> (String) b.get("customer_id")).toList());
        assertThat(list.customers().get(0).totalSpent()).isEqualByComparingTo(new BigDecimal(buyers.get(0).get("spent").toString()));
    }

    @Test
    void aSeasonIsAPeriodOfTheShopAnswers() {
        Answer answer = assistant.ask(shop, "Which categories sold best in the summer?");

        Interpretation.Period summer = answer.interpretation().period();
        assertThat(summer.words()).startsWith("in summer ");
        assertThat(summer.from().getMonthValue()).isEqualTo(6);
        assertThat(answer.insight()).startsWith("In summer " + summer.from().getYear() + " (")
                .contains("Best-selling product categories in summer ")
                .doesNotContain("did not understand").doesNotContain("cannot apply");
    }

    @Test
    void contactsBesidesOrdersAreCountedByKindTheOneAskedForFirst() {
        Answer answer = assistant.ask(shop, "How many support tickets did we get last month?");

        assertThat(answer.interpretation().metric()).isEqualTo("interactions");
        Interpretation.Period month = answer.interpretation().period();
        Object[] args = {shop.value(), java.sql.Timestamp.from(month.from().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(month.until().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())};
        Map<String, Object> tickets = jdbc.queryForMap("select count(*) as n, count(distinct customer_id) as c from"
                + " interaction_facts where workspace_id = ? and occurred_at >= ? and occurred_at < ? and kind = 'support_ticket'",
                args);
        Map<String, Object> all = jdbc.queryForMap("select count(*) as n, count(distinct customer_id) as c from"
                + " interaction_facts where workspace_id = ? and occurred_at >= ? and occurred_at < ?", args);
        assertThat(((Number) tickets.get("n")).longValue()).as("the demo shop records tickets").isPositive();
        assertThat(answer.insight()).contains(tickets.get("n") + " support tickets from " + tickets.get("c") + " customers last month.")
                .contains("All contacts besides orders: " + all.get("n") + " contacts from " + all.get("c") + " customers (")
                .doesNotContain("did not understand");
    }

    @Test
    void aShareOfCustomersIsTheListsCountAgainstAllCustomers() {
        Answer answer = assistant.ask(shop, "What share of customers are repeat buyers?");

        long repeat = jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ? and orders >= 2",
                Long.class, shop.value());
        long all = jdbc.queryForObject("select count(*) from customer_dim where workspace_id = ?", Long.class, shop.value());
        assertThat(answer.insight()).contains(": " + repeat + ".").contains("That is "
                + com.scudo.shared.Figures.DEFAULT.percent(BigDecimal.valueOf(repeat).divide(BigDecimal.valueOf(all), 4,
                java.math.RoundingMode.HALF_UP)) + " of your " + all + " customers.").doesNotContain("could not combine");
    }

    @Test
    void thePlaceThatBringsTheMostRevenueIsTheOneWhoseCustomersSpentTheMost() {
        Answer answer = assistant.ask(shop, "Which city brings the most revenue?");

        assertThat(answer.interpretation().metric()).isEqualTo("spend_by_city");
        Map<String, Object> top = jdbc.queryForMap("select min(d.city) as city, sum(m.total_spent) as spent from customer_dim d"
                + " join customer_metrics m on m.workspace_id = d.workspace_id and m.customer_id = d.customer_id"
                + " where d.workspace_id = ? and d.city is not null group by lower(trim(d.city))"
                + " order by sum(m.total_spent) desc, lower(trim(d.city)) limit 1", shop.value());
        assertThat(answer.insight()).contains("Spend by city (what its customers have spent in all): " + top.get("city") + " "
                + com.scudo.shared.Figures.DEFAULT.money(new BigDecimal(top.get("spent").toString())) + " spent by ");
    }

    @Test
    void whatAListBuysComesFromTheOrdersOfItsCustomersOnly() {
        Answer answer = assistant.ask(shop, "What do our dormant customers usually buy?");

        assertThat(answer.interpretation().metric()).isEqualTo("categories");
        Map<String, BigDecimal> byCategory = new java.util.HashMap<>();
        jdbc.query("select o.categories, o.amount from order_facts o join customer_facts f on f.workspace_id = o.workspace_id"
                + " and f.customer_id = o.customer_id where o.workspace_id = ? and f.lifecycle = 'Dormant'", rs -> {
            String set = rs.getString(1);
            BigDecimal amount = rs.getBigDecimal(2);
            if (set != null) {
                java.util.Arrays.stream(set.split("\\|")).filter(c -> !c.isBlank()).distinct()
                        .forEach(c -> byCategory.merge(c, amount, BigDecimal::add));
            }
        }, shop.value());
        Map.Entry<String, BigDecimal> top = byCategory.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(answer.insight()).contains("What dormant customers buy (all their orders): " + top.getKey() + " "
                + com.scudo.shared.Figures.DEFAULT.money(top.getValue()) + " in ").doesNotContain("did not understand");
    }

    @Test
    void highValueAndHighRiskAreTheAtRiskCustomersTheBiggestSpendersFirst() {
        Answer answer = assistant.ask(shop, "Which customers are both high value and high risk?");

        assertThat(answer.interpretation().intent()).isEqualTo(Intent.FILTERED_CUSTOMERS);
        assertThat(answer.query()).isEqualTo(com.scudo.analytics.AtRisk.FILTER);
        assertThat(answer.insight()).contains("Nobody is VIP and At-Risk at once").doesNotContain("no customer called");
    }

    @Test
    void aWordsMeaningUsesTheThresholdsOfTheScoresAndEndsWithTheShopsOwnFigure() {
        Answer churn = assistant.ask(shop, "How is churn calculated?");
        Answer both = assistant.ask(shop, "What's the difference between at risk and dormant?");

        assertThat(churn.interpretation().intent()).isEqualTo(Intent.GLOSSARY);
        BigDecimal average = jdbc.queryForObject("select avg(churn) from customer_metrics where workspace_id = ?",
                BigDecimal.class, shop.value());
        assertThat(churn.insight()).startsWith("Churn risk is the chance that a customer places no order in the next 365 days.")
                .endsWith("Here it averages " + com.scudo.shared.Figures.DEFAULT.percent(average) + " across "
                        + jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ?", Long.class,
                        shop.value()) + " scored customers.");
        long atRisk = jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ? and lifecycle = 'At-Risk'",
                Long.class, shop.value());
        assertThat(both.insight()).startsWith("At risk (a lifecycle stage) means still likely to buy but slipping: a churn risk"
                + " of 25% or more").contains("Dormant (a lifecycle stage) means gone: no order for 180 days")
                .contains("Here " + atRisk + " customers are at risk (");
        assertThat(both.insight().split("Here ", -1)).as("the shop's figures once").hasSize(2);
    }

    @Test
    void theCustomersToExpectToLoseAreTheChurnRisksAddedUp() {
        Answer answer = assistant.ask(shop, "How many customers will we lose next year?");

        assertThat(answer.interpretation().metric()).isEqualTo("expected_churn");
        Map<String, Object> sums = jdbc.queryForMap("select count(*) as n, avg(churn) as average from customer_metrics"
                + " where workspace_id = ?", shop.value());
        long n = ((Number) sums.get("n")).longValue();
        // the shop's average is kept to four places, as the totals read it
        long expected = new BigDecimal(sums.get("average").toString()).setScale(4, java.math.RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(n)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        assertThat(answer.insight()).contains("Of your " + n + " scored customers, about " + expected
                + " are expected to place no order in the next 365 days").doesNotContain("did not understand");
    }

    @Test
    void aListsQuestionAskedOfOneNamedCustomerIsAnsweredForThatCustomer() {
        Answer back = assistant.ask(shop, "Is Robert Taylor likely to come back?");
        Answer vip = assistant.ask(shop, "Is Sarah Chen a VIP?");
        Answer list = assistant.ask(shop, "Who is likely to come back?");

        assertThat(back.interpretation().intent()).isEqualTo(Intent.WHY_SCORE);
        assertThat(back.insight()).startsWith("Robert Taylor: ").doesNotContain("did not understand");
        assertThat(vip.interpretation().intent()).isEqualTo(Intent.WHY_SCORE);
        assertThat(vip.insight()).startsWith("Sarah Chen: ").contains("VIP");
        assertThat(list.interpretation().intent()).isEqualTo(Intent.LIKELY_TO_ORDER);
    }

    @Test
    void aCategoryIsReadInEitherNumber() {
        Answer answer = assistant.ask(shop, "Who are my gift buyers?");

        assertThat(answer.query()).isEqualTo("categories contains \"gifts\"");
    }

    @Test
    void bothCategoriesSortedByAFigureAndTheShopsFiguresOfOneCustomer() {
        Answer both = assistant.ask(shop, "Which customers bought both electronics and home?");
        Answer sorted = assistant.ask(shop, "List customers from California sorted by CLV");
        Answer sarah = assistant.ask(shop, "How many orders did Sarah Chen place last month?");
        Answer perCustomer = assistant.ask(shop, "Average revenue per customer?");

        assertThat(both.query()).isEqualTo("categories contains all (\"electronics\", \"home\")");
        long bought = jdbc.queryForObject("select count(*) from customer_facts where workspace_id = ? and categories like"
                + " '%|electronics|%' and categories like '%|home|%'", Long.class, shop.value());
        assertThat(both.insight()).contains(": " + bought + ".");
        assertThat(card(sorted, CustomerListCard.class).sortedBy()).isEqualTo("-clv");
        assertThat(sorted.insight()).doesNotContain("could not combine");
        assertThat(sarah.interpretation().intent()).isEqualTo(Intent.CUSTOMER_PROFILE);
        assertThat(sarah.insight()).startsWith("Sarah Chen spent ").contains(" last month (");
        Map<String, Object> sums = jdbc.queryForMap("select sum(amount) as revenue, count(distinct customer_id) as buyers"
                + " from order_facts where workspace_id = ?", shop.value());
        assertThat(perCustomer.insight()).startsWith("Revenue per customer: " + com.scudo.shared.Figures.DEFAULT.money(
                new BigDecimal(sums.get("revenue").toString()).divide(new BigDecimal(sums.get("buyers").toString()), 2,
                        java.math.RoundingMode.HALF_UP)) + " on average");
    }

    @Test
    void aListNamedTwiceIsOneListAndItsShareOfSpendIsSaidWhenAsked() {
        Answer winBack = assistant.ask(shop, "How many dormant customers could we win back?");
        Answer share = assistant.ask(shop, "What percentage of revenue comes from VIP customers?");
        Answer holidays = assistant.ask(shop, "Which customers buy during the holidays?");

        assertThat(winBack.insight()).doesNotContain("Dormant dormant");
        assertThat(winBack.query() == null ? "" : winBack.query()).doesNotContain("and lifecycle");
        Map<String, Object> spend = jdbc.queryForMap("select sum(case when lifecycle = 'VIP' then total_spent else 0 end) as vip,"
                + " sum(total_spent) as total from customer_facts where workspace_id = ?", shop.value());
        BigDecimal vip = new BigDecimal(spend.get("vip").toString());
        BigDecimal total = new BigDecimal(spend.get("total").toString());
        assertThat(share.insight()).startsWith("VIP customers account for " + com.scudo.shared.Figures.DEFAULT.percent(
                vip.divide(total, 4, java.math.RoundingMode.HALF_UP)) + " of what all customers have spent");
        assertThat(holidays.query()).isEqualTo("holiday_share >= 0.5");
        assertThat(holidays.insight()).doesNotContain("cannot apply").doesNotContain("did not understand");
    }

    @Test
    void theForecastIsThePredictedValueOfTodaysCustomersSpreadOverItsMonths() {
        Answer answer = assistant.ask(shop, "What's the forecast for next month?");
        Answer quarter = assistant.ask(shop, "What is the predicted revenue for next quarter?");
        Answer year = assistant.ask(shop, "How much will we sell next year?");
        Answer months = assistant.ask(shop, "What will we sell in the next 3 months?");

        BigDecimal clv = jdbc.queryForObject("select sum(clv) from customer_metrics where workspace_id = ?", BigDecimal.class,
                shop.value());
        com.scudo.shared.Figures money = com.scudo.shared.Figures.DEFAULT;
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(answer.insight()).contains("Forecast for the next month").contains("about " + money.money(
                clv.divide(BigDecimal.valueOf(12), 0, java.math.RoundingMode.HALF_UP)) + " from the customers you have today")
                .doesNotContain("Which customer");
        String threeMonths = "Forecast for the next 3 months";
        assertThat(quarter.insight()).contains(threeMonths).contains("about " + money.money(
                clv.divide(BigDecimal.valueOf(4), 0, java.math.RoundingMode.HALF_UP)) + " from the customers you have today");
        assertThat(months.insight()).contains(threeMonths).doesNotContain("did not understand");
        assertThat(year.insight()).contains("Forecast for the next 12 months").contains("about " + money.money(
                clv.setScale(0, java.math.RoundingMode.HALF_UP)) + " from the customers you have today");
    }

    private static void postCustomer(Api shopApi, String id, String name) {
        assertThat(shopApi.post("/api/v1/customers", "{\"id\": \"%s\", \"name\": \"%s\"}".formatted(id, name)).status())
                .isEqualTo(201);
    }

    private static void postOrder(Api shopApi, String id, String customer, java.time.LocalDate day, int amount) {
        assertThat(shopApi.post("/api/v1/orders", "{\"id\": \"%s\", \"customerId\": \"%s\", \"orderedAt\": \"%s\", \"amount\": %d}"
                .formatted(id, customer, day, amount)).status()).isEqualTo(201);
    }
}
