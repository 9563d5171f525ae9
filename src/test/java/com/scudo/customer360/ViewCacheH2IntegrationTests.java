package com.scudo.customer360;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.demo.DemoData;
import com.scudo.ingest.IngestService;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.StatusChange;
import com.scudo.segment.Segment;
import com.scudo.segment.SegmentDraft;
import com.scudo.segment.SegmentId;
import com.scudo.segment.Segments;
import com.scudo.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.scudo.customer.BulkWrites;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.InteractionType;
import com.scudo.customer.OperationalPersonalData;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.SalesChannel;
import com.scudo.shared.CustomerId;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 360 view's caches keep entries until a write drops them (the embedded stores have no other writer), so every
 * way of writing either store must drop what it changed: each write below follows a view that put the customer in
 * the caches, and the next view must show it. Fails for any writer that does not announce its write.
 */
@H2IntegrationTest
class ViewCacheH2IntegrationTests {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    Customer360Views views;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    OrderHistory orders;
    @Autowired
    InteractionLog interactions;
    @Autowired
    BulkWrites bulk;
    @Autowired
    OperationalPersonalData personal;
    @Autowired
    DemoData demo;
    @Autowired
    Recommendations recommendations;
    @Autowired
    Segments segments;
    @Autowired
    AnalyticsRuns analytics;
    @Autowired
    IngestService ingest;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    WorkspaceId shop;
    CustomerId anna;

    @BeforeEach
    void customer() {
        shop = WorkspaceId.of("cache-" + UUID.randomUUID().toString().substring(0, 8));
        anna = CustomerId.of("anna");
        profiles.save(profile("Anna First"));
    }

    @Test
    void everyWriterOfTheOperationalStoreDropsTheCustomersCachedPart() {
        assertThat(view().profile().name()).isEqualTo("Anna First");
        assertThat(view().profile().name()).as("held now").isEqualTo("Anna First");

        profiles.save(profile("Anna Saved"));
        assertThat(view().profile().name()).as("CustomerProfiles.save").isEqualTo("Anna Saved");

        profiles.saveAll(List.of(profile("Anna Saved All")));
        assertThat(view().profile().name()).as("CustomerProfiles.saveAll").isEqualTo("Anna Saved All");

        bulk.putCustomers(List.of(profile("Anna Bulk")));
        assertThat(view().profile().name()).as("BulkWrites.putCustomers").isEqualTo("Anna Bulk");

        orders.record(order("o-1", "10.00", 0));
        assertThat(orderIds()).as("OrderHistory.record").containsExactly("o-1");

        bulk.addOrders(List.of(order("o-2", "20.00", 1)));
        assertThat(orderIds()).as("BulkWrites.addOrders").containsExactly("o-2", "o-1");

        bulk.putOrders(List.of(order("o-3", "30.00", 2)));
        assertThat(orderIds()).as("BulkWrites.putOrders").containsExactly("o-3", "o-2", "o-1");

        bulk.replaceOrders(List.of(order("o-3", "33.00", 2)));
        assertThat(view().orders().newestFirst().get(0).amount()).as("BulkWrites.replaceOrders")
                .isEqualByComparingTo("33.00");

        interactions.record(interaction("i-1", 0));
        assertThat(view().interactions().newestFirst()).as("InteractionLog.record").hasSize(1);

        bulk.addInteractions(List.of(interaction("i-2", 1)));
        assertThat(view().interactions().newestFirst()).as("BulkWrites.addInteractions").hasSize(2);

        bulk.putInteractions(List.of(interaction("i-3", 2)));
        assertThat(view().interactions().newestFirst()).as("BulkWrites.putInteractions").hasSize(3);

        bulk.setCustomerCounters(shop, Map.of(anna, new RealtimeCounters(42, new BigDecimal("4200"), 7, T0)));
        assertThat(view().live().orders()).as("BulkWrites.setCustomerCounters").isEqualTo(42);

        personal.removeRecords(shop, anna, List.of("o-3"), List.of("i-3"));
        assertThat(orderIds()).as("OperationalPersonalData.removeRecords").containsExactly("o-2", "o-1");

        personal.erase(shop, anna);
        assertThatThrownBy(this::view).as("OperationalPersonalData.erase").isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyAnalyticalWriteShowsInTheNextView() throws Exception {
        WorkspaceId demoShop = WorkspaceId.of("cache-demo-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(demoShop, 20, 7);
        CustomerId david = CustomerId.of("cust-003");
        Customer360 first = views.view(demoShop, david);

        String recommendation = first.recommendations().open().get(0).id();
        recommendations.changeStatus(demoShop, recommendation, new StatusChange(RecommendationStatus.DONE, null));
        assertThat(views.view(demoShop, david).recommendations().open()).as("a recommendation acted on")
                .extracting(Recommendation::id).doesNotContain(recommendation);

        String primary = first.segments().primary();
        Segment segment = segments.find(demoShop, SegmentId.of(primary)).orElseThrow();
        segments.update(demoShop, segment.id(), new SegmentDraft(null, segment.name() + " (renamed)", null, null, null));
        assertThat(views.view(demoShop, david).segments().all()).as("a segment renamed")
                .anySatisfy(ref -> assertThat(ref.name()).isEqualTo(segment.name() + " (renamed)"));

        Api.Response order = new Api(port, demoShop.value()).post("/api/v1/orders",
                "{\"id\": \"cache-o1\", \"customerId\": \"cust-003\", \"orderedAt\": \""
                        + clock.instant().minusSeconds(3600) + "\", \"amount\": 42}");
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        ingest.replayPending();
        int before = first.scores().orders();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (views.view(demoShop, david).scores().orders() == before && System.nanoTime() < deadline) {
            Thread.sleep(50); // the customer's scores follow the order within a second, off the request path
        }
        assertThat(views.view(demoShop, david).scores().orders()).as("a refresh after a new order").isEqualTo(before + 1);

        Customer360.Scores refreshed = views.view(demoShop, david).scores();
        analytics.runNow(demoShop, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        assertThat(views.view(demoShop, david).scores().freshness().computedAt()).as("a full run")
                .isAfter(refreshed.freshness().computedAt());
    }

    private Customer360 view() {
        return views.view(shop, anna);
    }

    private List<String> orderIds() {
        return view().orders().newestFirst().stream().map(Customer360.OrderLine::orderId).toList();
    }

    private CustomerProfile profile(String name) {
        return new CustomerProfile(shop, anna, name, "anna@example.com", null, null, null, null, List.of(), T0, null);
    }

    private Order order(String id, String amount, int day) {
        return new Order(shop, OrderId.of(id), anna, T0.plusSeconds(86_400L * day), new BigDecimal(amount), "USD",
                BigDecimal.ZERO, SalesChannel.WEB, List.of(), Set.of());
    }

    private Interaction interaction(String id, int day) {
        return new Interaction(shop, id, anna, InteractionType.SITE_VISIT, "web", T0.plusSeconds(86_400L * day), null);
    }
}
