package com.scudo.customer360;

import com.scudo.assistant.Answer;
import com.scudo.assistant.Assistant;
import com.scudo.assistant.ProfileCard;
import com.scudo.demo.DemoData;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Customer 360 view, look-up, list and overview over REST, on the demo shop (DynamoDB Local + SQL);
 * run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Customer360Scenarios {
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    Customer360Views views;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Assistant assistant;
    @Autowired
    com.scudo.ingest.IngestService ingest;

    WorkspaceId workspace;
    Api api;

    @BeforeAll
    void loadDemoShop() {
        workspace = WorkspaceId.of("c360-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, workspace.value());
        demo.load(workspace, 90, 42);
    }

    @Test
    void davidKimsViewJoinsProfileOrdersScoresSegmentsAndRecommendations() {
        Api.Response response = api.get("/api/v1/customers/cust-003/360");
        assertThat(response.status()).isEqualTo(200);
        JsonNode view = response.json();

        JsonNode profile = view.path("profile");
        assertThat(profile.path("name").asString()).isEqualTo("David Kim");
        assertThat(profile.path("company").asString()).isEqualTo("Kim & Partners Consulting");
        assertThat(profile.path("freshness").path("live").asBoolean()).isTrue();

        JsonNode scores = view.path("scores");
        assertThat(scores.path("orders").asInt()).isEqualTo(24);
        assertThat(scores.path("totalSpent").decimalValue()).isEqualByComparingTo("4800");
        assertThat(scores.path("churn").path("probability").asDouble()).isCloseTo(0.10, within(0.06));
        assertThat(scores.path("churn").path("low").asDouble()).isLessThanOrEqualTo(scores.path("churn").path("probability").asDouble());
        assertThat(scores.path("churn").path("high").asDouble()).isGreaterThanOrEqualTo(scores.path("churn").path("probability").asDouble());
        assertThat(scores.path("churn").path("explanation").asString()).isNotBlank();
        assertThat(scores.path("rfm").path("explanation").asString()).isNotBlank();
        assertThat(scores.path("reasons").path("clv").asString()).isNotBlank();
        assertThat(scores.path("reasons").path("lifecycle").asString()).startsWith(scores.path("lifecycle").asString());
        assertThat(scores.path("freshness").path("computedAt").isNull()).isFalse();
        assertThat(scores.path("freshness").path("asOf").asString()).isNotBlank();

        assertThat(view.path("segments").path("primary").asString()).isEqualTo("BUSINESS_PROFESSIONAL");
        assertThat(view.path("segments").path("all").findValuesAsString("id")).contains("BUSINESS_PROFESSIONAL");
        assertThat(view.path("recommendations").path("open").size()).isPositive();
        assertThat(view.path("behaviour").path("preferredChannel").asString()).isNotBlank();
        assertThat(view.path("trends").path("points").size()).isPositive();
        assertThat(view.path("live").path("orders").asLong()).isEqualTo(24);
        assertThat(view.path("live").path("freshness").path("source").asString()).isEqualTo("live");
    }

    @Test
    void orderTimelineIsNewestFirstAndBounded() {
        JsonNode orders = api.get("/api/v1/customers/cust-003/360").json().path("orders");
        JsonNode lines = orders.path("newestFirst");
        assertThat(lines.size()).isEqualTo(Customer360Views.TIMELINE_LIMIT);
        assertThat(orders.path("more").asBoolean()).isTrue(); // 24 orders, 20 shown
        List<Instant> times = new ArrayList<>();
        lines.forEach(o -> times.add(Instant.parse(o.path("orderedAt").asString())));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void viewByEmailIsTheSameCustomerWhateverTheCase() {
        JsonNode view = api.get("/api/v1/customers/David.Kim@Email.com/360").json();
        assertThat(view.path("customerId").asString()).isEqualTo("cust-003");
    }

    @Test
    void lookupResolvesAWholeOrPartialNameCaseInsensitively() {
        JsonNode whole = api.get("/api/v1/customers/lookup?q=" + encode("david KIM")).json();
        assertThat(whole.path("customerId").asString()).isEqualTo("cust-003");
        assertThat(whole.path("matchedBy").asString()).isEqualTo("name");
        JsonNode partial = api.get("/api/v1/customers/lookup?q=" + encode("avid ki")).json();
        assertThat(partial.path("customerId").asString()).isEqualTo("cust-003");
        assertThat(partial.path("matchedBy").asString()).isEqualTo("partial name");
    }

    @Test
    void theLookupAndTheAssistantMeanTheSameCustomerByAName() {
        for (String name : List.of("David Kim", "dvid kim", "Kim David", "avid ki")) {
            JsonNode lookup = api.get("/api/v1/customers/lookup?q=" + encode(name)).json();
            assertThat(lookup.path("customerId").asString()).as(name).isEqualTo("cust-003");
            Answer answer = assistant.ask(workspace, "Show me " + name + "'s complete profile");
            assertThat(answer.cards()).as(name).anySatisfy(card -> assertThat(card)
                    .isInstanceOfSatisfying(ProfileCard.class, p -> assertThat(p.customerId()).isEqualTo("cust-003")));
        }
    }

    @Test
    void aFirstNameSharedByTwoCustomersGivesCandidatesNotAGuess() {
        addCustomer("amb-1", "Quincy Albright", "q.albright@example.org", "Reno");
        addCustomer("amb-2", "Quincy Zeller", "q.zeller@example.org", "Boise");

        JsonNode lookup = api.get("/api/v1/customers/lookup?q=quincy").json();
        assertThat(lookup.path("customerId").isMissingNode() || lookup.path("customerId").isNull()).isTrue();
        assertThat(lookup.path("candidates").findValuesAsString("customerId")).containsExactlyInAnyOrder("amb-1", "amb-2");
        assertThat(lookup.path("candidates").findValuesAsString("city")).containsExactlyInAnyOrder("Reno", "Boise");

        Customer360Result result = views.find(workspace, "QUINCY");
        assertThat(result.ambiguous()).isTrue();
        assertThat(result.candidates()).extracting(CustomerCandidate::name)
                .containsExactlyInAnyOrder("Quincy Albright", "Quincy Zeller");
        assertThat(views.find(workspace, "quincy zeller").view().customerId()).isEqualTo("amb-2");
    }

    @Test
    void aNewCustomerWithoutScoresStillHasALiveView() {
        // No wait for the operational copy: the view shows the acknowledged profile whether the copy lands before,
        // during or after the view's reads (docs/customer-360.md). Several customers, for the copy to land mid-read.
        for (int i = 1; i <= 20; i++) {
            addCustomer("fresh-" + i, "Winifred Oakes " + i, "w.oakes" + i + "@example.org", "Tulsa " + i);
            JsonNode view = api.get("/api/v1/customers/fresh-" + i + "/360").json();
            assertThat(view.path("profile").path("city").asString()).as("fresh-" + i).isEqualTo("Tulsa " + i);
            assertThat(view.path("scores").isMissingNode() || view.path("scores").isNull()).isTrue();
            assertThat(view.path("orders").path("newestFirst").size()).isZero();
        }
    }

    @Test
    void aNewOrderShowsInTheNextViewThoughTheOperationalPartIsCached() {
        addCustomer("cached-1", "Cormac Held", "c.held@example.org", "Dayton");
        ingest.replayPending();
        JsonNode before = api.get("/api/v1/customers/cached-1/360").json();
        assertThat(before.path("orders").path("newestFirst").size()).isZero();
        assertThat(api.get("/api/v1/customers/cached-1/360").json().path("orders").path("newestFirst").size()).isZero();

        Api.Response order = api.post("/api/v1/orders", """
                {"id": "cached-1-o1", "customerId": "cached-1", "orderedAt": "2026-11-02T10:00:00Z", "amount": 42}""");
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        ingest.replayPending(); // the copier writes the order, then drops the customer's cached part
        JsonNode after = api.get("/api/v1/customers/cached-1/360").json();
        assertThat(after.path("orders").path("newestFirst").size()).isEqualTo(1);
        assertThat(after.path("live").path("orders").asLong()).isEqualTo(1);
    }

    @Test
    void listFiltersSortsAndPagesWithACursor() {
        String filter = encode("orders >= 10");
        JsonNode first = api.get("/api/v1/customers?filter=" + filter + "&sort=total_spent,desc&limit=3").json();
        assertThat(first.path("customers").size()).isEqualTo(3);
        assertThat(first.path("sort").asString()).isEqualTo("total_spent,desc");
        String cursor = first.path("nextCursor").asString();
        JsonNode second = api.get("/api/v1/customers?filter=" + filter + "&sort=total_spent,desc&limit=3&cursor="
                + encode(cursor)).json();
        List<BigDecimal> spent = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode page : List.of(first, second)) {
            page.path("customers").forEach(c -> {
                assertThat(c.path("orders").asInt()).isGreaterThanOrEqualTo(10);
                spent.add(c.path("totalSpent").decimalValue());
                ids.add(c.path("customerId").asString());
            });
        }
        assertThat(spent).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(ids).doesNotHaveDuplicates().hasSize(6);
        Integer expected = jdbc.queryForObject("select count(*) from customer_metrics where workspace_id = ? and orders >= 10",
                Integer.class, workspace.value());
        JsonNode all = api.get("/api/v1/customers?filter=" + filter + "&limit=1000").json();
        assertThat(all.path("customers").size()).isEqualTo(expected);
    }

    @Test
    void overviewAddsUpTheCustomersFigures() {
        JsonNode overview = api.get("/api/v1/overview").json();
        long scored = overview.path("scoredCustomers").asLong();
        assertThat(overview.path("customers").asLong()).isGreaterThanOrEqualTo(100);
        BigDecimal revenue = jdbc.queryForObject("select sum(total_spent) from customer_metrics where workspace_id = ?",
                BigDecimal.class, workspace.value());
        assertThat(overview.path("revenue").decimalValue()).isEqualByComparingTo(revenue);
        BigDecimal atRisk = jdbc.queryForObject("select coalesce(sum(clv), 0) from customer_metrics where workspace_id = ? "
                + "and lifecycle = 'At-Risk'", BigDecimal.class, workspace.value());
        assertThat(overview.path("revenueAtRisk").decimalValue()).isEqualByComparingTo(atRisk);
        long inStages = 0;
        for (JsonNode group : overview.path("lifecycles")) {
            inStages += group.path("customers").asLong();
        }
        assertThat(inStages).isEqualTo(scored);
        assertThat(overview.path("segments").findValuesAsString("key")).contains("BUSINESS_PROFESSIONAL");
        assertThat(overview.path("today").path("freshness").asString()).isEqualTo("live");
        // Money has a currency: every amount of the overview, the list, the 360 view and the segments is in the
        // workspace's reporting currency, which each answer names.
        assertThat(overview.path("currency").asString()).isEqualTo("USD");
        assertThat(api.get("/api/v1/customers?limit=1").json().path("currency").asString()).isEqualTo("USD");
        assertThat(api.get("/api/v1/customers/cust-003/360").json().path("currency").asString()).isEqualTo("USD");
        assertThat(api.get("/api/v1/segments").json().path(0).path("stats").path("currency").asString()).isEqualTo("USD");
        for (JsonNode segment : overview.path("segments")) {
            BigDecimal members = jdbc.queryForObject("select coalesce(sum(m.clv), 0) from segment_assignments a "
                    + "join customer_metrics m on m.workspace_id = a.workspace_id and m.customer_id = a.customer_id "
                    + "where a.workspace_id = ? and a.segment_id = ? and a.until is null", BigDecimal.class,
                    workspace.value(), segment.path("key").asString());
            assertThat(segment.path("clv").decimalValue()).as(segment.path("key").asString())
                    .isEqualByComparingTo(members.setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void overviewTrendAddsUpToTheRecordedOrdersMonthByMonth() {
        JsonNode trend = api.get("/api/v1/overview").json().path("trend");
        assertThat(trend.path("grain").asString()).isEqualTo("month"); // the demo history spans years
        JsonNode periods = trend.path("periods");
        assertThat(periods.size()).isGreaterThan(24);

        BigDecimal revenue = BigDecimal.ZERO;
        long orders = 0;
        java.time.LocalDate expectedStart = java.time.LocalDate.parse(periods.get(0).path("start").asString());
        for (JsonNode period : periods) {
            assertThat(period.path("start").asString()).isEqualTo(expectedStart.toString()); // no month skipped
            expectedStart = expectedStart.plusMonths(1);
            revenue = revenue.add(period.path("revenue").decimalValue());
            orders += period.path("orders").asLong();
        }
        assertThat(revenue).isEqualByComparingTo(jdbc.queryForObject(
                "select sum(amount) from order_facts where workspace_id = ?", BigDecimal.class, workspace.value()));
        assertThat(orders).isEqualTo(jdbc.queryForObject(
                "select count(*) from order_facts where workspace_id = ?", Long.class, workspace.value()));

        // One month checked against a UTC time range, so H2 and PostgreSQL must cut months at the same instant.
        JsonNode month = periods.get(periods.size() - 3);
        java.time.LocalDate start = java.time.LocalDate.parse(month.path("start").asString());
        BigDecimal inMonth = jdbc.queryForObject("select coalesce(sum(amount), 0) from order_facts where workspace_id = ? "
                        + "and ordered_at >= ? and ordered_at < ?", BigDecimal.class, workspace.value(),
                start.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                start.plusMonths(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        assertThat(month.path("revenue").decimalValue()).isEqualByComparingTo(inMonth);

        JsonNode summary = trend.path("summary");
        BigDecimal lastTwelve = BigDecimal.ZERO;
        for (int i = periods.size() - 12; i < periods.size(); i++) {
            lastTwelve = lastTwelve.add(periods.get(i).path("revenue").decimalValue());
        }
        assertThat(summary.path("recent").decimalValue()).isEqualByComparingTo(lastTwelve);
        assertThat(summary.path("previous").decimalValue()).isPositive();
        assertThat(summary.path("sentence").asString()).startsWith("Revenue in the last 12 months: $")
                .containsPattern("(up|down) \\d+% on the 12 months before|level with the 12 months before");
    }

    @Test
    void theTrendCountsEachOrderOnTheDayItWasWhereTheShopIs() {
        Api auckland = new Api(port, "nz-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(auckland.put("/api/v1/settings/locale", "{\"timeZone\": \"Pacific/Auckland\", \"locale\": \"en-NZ\"}")
                .status()).isEqualTo(200);
        assertThat(auckland.post("/api/v1/customers", "{\"id\": \"kiwi\", \"name\": \"Kiri Ngata\"}").status())
                .isBetween(200, 201);
        // Thursday 20 March, and Sunday 30 March 20:00 UTC, which is Monday 31 March 09:00 in Auckland (UTC+13)
        for (String order : List.of("{\"id\": \"nz-1\", \"customerId\": \"kiwi\", \"orderedAt\": \"2025-03-20T10:00:00Z\", \"amount\": 10}",
                "{\"id\": \"nz-2\", \"customerId\": \"kiwi\", \"orderedAt\": \"2025-03-30T20:00:00Z\", \"amount\": 20}")) {
            Api.Response response = auckland.post("/api/v1/orders", order);
            assertThat(response.status()).as(response.body()).isBetween(200, 202);
        }

        JsonNode trend = auckland.get("/api/v1/overview").json().path("trend");
        assertThat(trend.path("grain").asString()).isEqualTo("week");
        List<String> starts = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        trend.path("periods").forEach(p -> {
            starts.add(p.path("start").asString());
            orders.add(p.path("orders").asLong());
        });
        assertThat(starts).as("weeks from Monday, the second order in the week of 31 March there")
                .containsExactly("2025-03-17", "2025-03-24", "2025-03-31");
        assertThat(orders).containsExactly(1L, 0L, 1L);
    }

    @Test
    void unknownFilterFieldIsA400WithItsPosition() {
        Api.Response response = api.get("/api/v1/customers?filter=" + encode("orders > 2 and chrun > 0.5"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("position").asInt()).isEqualTo(15);
        assertThat(response.json().path("hint").asString()).contains("churn");
    }

    @Test
    void badRequestsAreProblemDetails() {
        assertProblem(api.get("/api/v1/customers/" + encode("bad id!") + "/360"), 400);
        assertProblem(api.get("/api/v1/customers/" + "x".repeat(65) + "/360"), 400);
        assertProblem(api.get("/api/v1/customers/nobody-here/360"), 404);
        assertProblem(api.get("/api/v1/customers/nobody@example.org/360"), 404);
        assertProblem(api.get("/api/v1/customers?limit=1001"), 400);
        assertProblem(api.get("/api/v1/customers?limit=0"), 400);
        assertProblem(api.get("/api/v1/customers?limit=many"), 400);
        assertProblem(api.get("/api/v1/customers?sort=categories"), 400);
        assertProblem(api.get("/api/v1/customers?cursor=garbage"), 400);
        assertProblem(api.get("/api/v1/customers/lookup?q="), 400);
        assertProblem(api.get("/api/v1/customers/lookup"), 400);
        assertProblem(api.get("/api/v1/customers?filter=" + "x".repeat(5000)), 400);
    }

    @Test
    void openApiDescriptionAndBrowsableUiAreServed() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has("/api/v1/customers/{idOrEmail}/360")).isTrue();
        assertThat(paths.has("/api/v1/overview")).isTrue();
        assertThat(paths.has("/api/v1/segments")).isTrue();
        Api.Response ui = api.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    private void addCustomer(String id, String name, String email, String city) {
        Api.Response response = api.post("/api/v1/customers", """
                {"id": "%s", "name": "%s", "email": "%s", "city": "%s"}""".formatted(id, name, email, city));
        assertThat(response.status()).isBetween(200, 201);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).isNotBlank();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
