package com.scudo.recommendation;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.shared.CustomerId;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.scudo.recommendation.MetricsRow.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recommendations from metrics written with SQL and the analytics events; run on H2 and on PostgreSQL. */
abstract class RecommendationScenarios {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    Recommendations recommendations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    WorkspaceId workspace;
    Api api;

    @BeforeEach
    void newWorkspace() {
        workspace = WorkspaceId.of("ws-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, workspace.value());
    }

    @Test
    void atRiskRepeatCustomerGetsARetentionOfferWorthChurnTimesClv() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820").daysSinceLastOrder(96)
                .typicalDays("30").lifecycle("At-Risk"));
        write(customer("cust-1").orders(45, "8500").churn("0.05").clv("3000"));
        write(customer("cust-9").orders(1, "80").churn("0.60").clv("100"));

        analyticsRan(TODAY);

        Recommendation offer = only(open("cust-5"), ActionType.RETENTION_OFFER);
        assertThat(offer.reason()).isEqualTo("Churn risk 31% (usually orders every 30 days, 96 days since the last order); "
                + "predicted 12-month value $820");
        assertThat(offer.expectedValue()).isEqualByComparingTo("254.20");
        assertThat(offer.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(offer.createdOn()).isEqualTo(TODAY);
        assertThat(types(open("cust-1"))).doesNotContain(ActionType.RETENTION_OFFER); // churn below the threshold
        assertThat(types(open("cust-9"))).doesNotContain(ActionType.RETENTION_OFFER); // a one-time buyer
    }

    @Test
    void dormantCustomerGetsAWinBackInsteadOfARetentionOffer() {
        write(customer("cust-7").orders(12, "1800").churn("0.85").clv("90").daysSinceLastOrder(240)
                .tenureDays(730).lifecycle("Dormant"));

        analyticsRan(TODAY);

        List<Recommendation> open = open("cust-7");
        assertThat(types(open)).containsExactly(ActionType.WIN_BACK);
        Recommendation winBack = open.get(0);
        assertThat(winBack.reason()).contains("No order for 240 days", "spent $1,800 over 12 orders", "about $900 a year");
        assertThat(winBack.expectedValue()).isEqualByComparingTo("90.00"); // 10% of a year's past spending
    }

    @Test
    void businessProfessionalGetsAVolumeUpsell() {
        write(customer("david-kim").orders(24, "4800").clv("2100").segments("BUSINESS_PROFESSIONAL",
                "business_professional", "loyal_regular"));
        write(customer("cust-2").orders(10, "1200").segments("PRICE_SENSITIVE", "price_sensitive"));

        analyticsRan(TODAY);

        Recommendation upsell = only(open("david-kim"), ActionType.UPSELL);
        assertThat(upsell.reason()).contains("Business buyer: 24 orders, $4,800 spent, $200 per order", "$2,100", "15%");
        assertThat(upsell.expectedValue()).isEqualByComparingTo("315.00");
        assertThat(types(open("cust-2"))).doesNotContain(ActionType.UPSELL);
    }

    @Test
    void aSecondRunRefreshesOpenRecommendationsInsteadOfDuplicatingThem() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820").lifecycle("At-Risk"));
        write(customer("cust-6").orders(4, "400").churn("0.40").clv("300").lifecycle("At-Risk"));
        analyticsRan(TODAY);
        Recommendation first = only(open("cust-5"), ActionType.RETENTION_OFFER);
        long rows = count();

        analyticsRan(TODAY);
        assertThat(count()).isEqualTo(rows);

        write(customer("cust-5").orders(6, "1950").churn("0.50").clv("1000").lifecycle("At-Risk"));
        write(customer("cust-6").orders(5, "500").churn("0.05").clv("300"));
        GenerationSummary summary = recommendations.generate(workspace, TODAY);

        Recommendation refreshed = only(open("cust-5"), ActionType.RETENTION_OFFER);
        assertThat(refreshed.id()).isEqualTo(first.id());
        assertThat(refreshed.reason()).startsWith("Churn risk 50%");
        assertThat(refreshed.expectedValue()).isEqualByComparingTo("500.00");
        assertThat(types(open("cust-6"))).doesNotContain(ActionType.RETENTION_OFFER); // no longer at risk: withdrawn
        assertThat(summary.withdrawn()).isEqualTo(1);
        assertThat(summary.refreshed()).isPositive();
        assertThat(count()).isEqualTo(rows - 1);
        assertThat(jdbc.queryForObject("select count(*) from recommendations_stage where workspace_id = ?", Long.class,
                workspace.value())).as("the generation's work rows are gone once applied").isZero();
    }

    @Test
    void oneCustomersRefreshOnlyTouchesThatCustomer() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820"));
        write(customer("cust-6").orders(4, "400").churn("0.40").clv("300"));

        events.publishEvent(new CustomerMetricsRefreshed(workspace, java.util.Set.of(CustomerId.of("cust-5")), TODAY));

        assertThat(types(open("cust-5"))).contains(ActionType.RETENTION_OFFER);
        assertThat(open("cust-6")).isEmpty();
    }

    @Test
    void openRecommendationsCanBeDoneOrDismissedOnce() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820").lifecycle("VIP"));
        analyticsRan(TODAY);
        Recommendation offer = only(open("cust-5"), ActionType.RETENTION_OFFER);
        Recommendation thanks = only(open("cust-5"), ActionType.VIP_THANKS);

        Recommendation done = recommendations.changeStatus(workspace, offer.id(), new StatusChange(RecommendationStatus.DONE, null));
        Recommendation dismissed = recommendations.changeStatus(workspace, thanks.id(),
                new StatusChange(RecommendationStatus.DISMISSED, null));

        assertThat(done.status()).isEqualTo(RecommendationStatus.DONE);
        assertThat(done.actedOn()).isEqualTo(TODAY);
        assertThat(done.statusChangedAt()).isNotNull();
        assertThat(dismissed.status()).isEqualTo(RecommendationStatus.DISMISSED);
        assertThat(dismissed.actedOn()).isNull();
        assertThat(recommendations.changeStatus(workspace, offer.id(), new StatusChange(RecommendationStatus.DONE, null)))
                .isEqualTo(done); // a retry changes nothing
        assertThatThrownBy(() -> recommendations.changeStatus(workspace, offer.id(),
                new StatusChange(RecommendationStatus.DISMISSED, null))).isInstanceOf(StatusChangeRejected.class);
        assertThatThrownBy(() -> recommendations.changeStatus(workspace, thanks.id(),
                new StatusChange(RecommendationStatus.OPEN, null))).isInstanceOf(StatusChangeRejected.class);
        assertThatThrownBy(() -> recommendations.changeStatus(workspace, "no-such-id",
                new StatusChange(RecommendationStatus.DONE, null))).isInstanceOf(NotFoundException.class);

        analyticsRan(TODAY); // within the cool-down the same actions are not proposed again
        assertThat(types(open("cust-5"))).doesNotContain(ActionType.RETENTION_OFFER, ActionType.VIP_THANKS);
    }

    @Test
    void outcomeCountsOrdersWithinTheWindowAfterTheAction() {
        LocalDate asOf = TODAY.minusDays(100);
        LocalDate actedOn = asOf.plusDays(1);
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820"), asOf);
        write(customer("cust-6").orders(4, "400").churn("0.40").clv("300"), asOf);
        analyticsRan(asOf);
        markDone("cust-5", actedOn);
        markDone("cust-6", actedOn);
        order("o-before", "cust-5", actedOn.minusDays(3), "70.00");
        order("o-inside", "cust-5", actedOn.plusDays(10), "120.00");
        order("o-outside", "cust-5", actedOn.plusDays(45), "500.00");
        order("o-late", "cust-6", actedOn.plusDays(31), "80.00");

        OutcomeReport report = recommendations.outcomes(workspace);

        assertThat(report.windowDays()).isEqualTo(30);
        ActionOutcome retention = report.byType().stream().filter(o -> o.type() == ActionType.RETENTION_OFFER)
                .findFirst().orElseThrow();
        assertThat(retention.actionsDone()).isEqualTo(2);
        assertThat(retention.actionsFollowedByOrder()).isEqualTo(1);
        assertThat(retention.customersOrderedAgain()).isEqualTo(1);
        assertThat(retention.conversionRate()).isEqualTo(0.5);
        assertThat(retention.revenue()).isEqualByComparingTo("120.00");
        assertThat(retention.stillInWindow()).isZero();

        analyticsRan(TODAY); // stores each done action's outcome on it
        Recommendation done = recommendations.forCustomer(workspace, CustomerId.of("cust-5"), RecommendationStatus.DONE).get(0);
        assertThat(done.outcome().orderedAgain()).isTrue();
        assertThat(done.outcome().orders()).isEqualTo(1);
        assertThat(done.outcome().revenue()).isEqualByComparingTo("120.00");
        assertThat(recommendations.forCustomer(workspace, CustomerId.of("cust-6"), RecommendationStatus.DONE).get(0)
                .outcome().orderedAgain()).isFalse();
    }

    @Test
    void segmentSummaryAddsUpOpenRecommendationsPerPrimarySegment() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820").lifecycle("At-Risk").segments("AT_RISK", "at_risk"));
        write(customer("cust-8").orders(8, "2400").churn("0.50").clv("5790").lifecycle("At-Risk")
                .segments("AT_RISK", "at_risk"));
        write(customer("david-kim").orders(24, "4800").clv("2100").segments("BUSINESS_PROFESSIONAL", "business_professional"));
        analyticsRan(TODAY);

        List<SegmentAction> actions = recommendations.bySegment(workspace);

        SegmentAction atRisk = actions.stream().filter(a -> "AT_RISK".equals(a.segment())
                && a.type() == ActionType.RETENTION_OFFER).findFirst().orElseThrow();
        assertThat(atRisk.customers()).isEqualTo(2);
        assertThat(atRisk.expectedValue()).isEqualByComparingTo("3149.20"); // 0.31 × 820 + 0.50 × 5790
        assertThat(atRisk.summary()).isEqualTo("Send a retention offer to 2 at-risk customers worth $3,149");
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.segment()).isEqualTo("BUSINESS_PROFESSIONAL");
            assertThat(a.type()).isEqualTo(ActionType.UPSELL);
            assertThat(a.customers()).isEqualTo(1);
        });
        assertThat(actions.get(0).expectedValue()).isGreaterThanOrEqualTo(actions.get(actions.size() - 1).expectedValue());
    }

    @Test
    void restEndpointsListFilterAndChangeStatus() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820").lifecycle("At-Risk").segments("AT_RISK", "at_risk"));
        write(customer("cust-7").orders(12, "1800").daysSinceLastOrder(240).tenureDays(730).lifecycle("Dormant"));
        analyticsRan(TODAY);

        var winBacks = api.get("/api/v1/recommendations?status=open&type=win_back&limit=10");
        assertThat(winBacks.status()).isEqualTo(200);
        assertThat(winBacks.json().findValuesAsString("customerId")).containsExactly("cust-7");
        assertThat(winBacks.json().get(0).get("createdOn").asString()).isEqualTo(TODAY.toString());

        var forCustomer = api.get("/api/v1/customers/cust-5/recommendations");
        assertThat(forCustomer.status()).isEqualTo(200);
        assertThat(forCustomer.json().findValuesAsString("type")).containsExactly("RETENTION_OFFER");
        assertThat(forCustomer.json().get(0).get("currency").asString()).isEqualTo("USD");
        String id = forCustomer.json().get(0).get("id").asString();

        var done = patch("/api/v1/recommendations/" + id, "{\"status\":\"done\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        var conflict = patch("/api/v1/recommendations/" + id, "{\"status\":\"dismissed\"}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("detail").asString()).contains("already done");

        assertThat(patch("/api/v1/recommendations/" + id, "{\"status\":\"finished\"}").status()).isEqualTo(400);
        assertThat(patch("/api/v1/recommendations/" + id, "{}").status()).isEqualTo(400);
        assertThat(patch("/api/v1/recommendations/nope", "{\"status\":\"done\"}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/nobody/recommendations").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/recommendations?type=discount").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/recommendations?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/recommendations?limit=lots").status()).isEqualTo(400);

        var segments = api.get("/api/v1/recommendations/segments");
        assertThat(segments.status()).isEqualTo(200);
        assertThat(segments.json().findValuesAsString("summary")).contains("Run a win-back campaign for 1 dormant customer "
                + "worth $90");
        var outcomes = api.get("/api/v1/recommendations/outcomes");
        assertThat(outcomes.status()).isEqualTo(200);
        assertThat(outcomes.json().get("byType").get(0).get("actionsDone").asInt()).isEqualTo(1);
    }

    @Test
    void workspacesDoNotSeeEachOthersRecommendations() {
        write(customer("cust-5").orders(6, "1950").churn("0.31").clv("820"));
        analyticsRan(TODAY);

        var other = new Api(port, "ws-other-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(other.get("/api/v1/recommendations").json().size()).isZero();
        assertThat(api.get("/api/v1/recommendations").json().size()).isPositive();
    }

    private void write(MetricsRow row) {
        write(row, TODAY);
    }

    private void write(MetricsRow row, LocalDate asOf) {
        row.write(jdbc, workspace.value(), asOf);
    }

    private void analyticsRan(LocalDate asOf) {
        events.publishEvent(new MetricsComputed(workspace, asOf, UUID.randomUUID().toString()));
    }

    private List<Recommendation> open(String customer) {
        return recommendations.openFor(workspace, CustomerId.of(customer));
    }

    private static List<ActionType> types(List<Recommendation> list) {
        return list.stream().map(Recommendation::type).toList();
    }

    private static Recommendation only(List<Recommendation> list, ActionType type) {
        List<Recommendation> ofType = list.stream().filter(r -> r.type() == type).toList();
        assertThat(ofType).hasSize(1);
        return ofType.get(0);
    }

    private void markDone(String customer, LocalDate actedOn) {
        Recommendation offer = only(open(customer), ActionType.RETENTION_OFFER);
        recommendations.changeStatus(workspace, offer.id(), new StatusChange(RecommendationStatus.DONE, actedOn));
    }

    private void order(String id, String customer, LocalDate on, String amount) {
        jdbc.update("""
                        insert into order_facts (workspace_id, order_id, customer_id, ordered_at, amount, currency, channel,
                          recorded_at) values (?, ?, ?, ?, ?, 'USD', 'web', ?)""",
                workspace.value(), id, customer, Timestamp.from(on.atTime(12, 0).toInstant(ZoneOffset.UTC)),
                new BigDecimal(amount), Timestamp.from(OffsetDateTime.now().toInstant()));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from recommendations where workspace_id = ?", Long.class,
                workspace.value());
    }

    private Api.Response patch(String path, String json) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }
}
