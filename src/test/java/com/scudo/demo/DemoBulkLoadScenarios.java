package com.scudo.demo;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.PendingSync;
import com.scudo.customer.PendingSync.PendingCustomer;
import com.scudo.customer.PendingSync.PendingInteraction;
import com.scudo.customer.PendingSync.PendingOrder;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.IngestService;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk demo load into both real stores; run on H2 and on PostgreSQL. */
abstract class DemoBulkLoadScenarios {
    private static final int GENERATED = 290;
    private static final long SEED = 7;

    @Autowired
    DemoData demo;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    OrderHistory orders;
    @Autowired
    InteractionLog interactions;
    @Autowired
    RealtimeMetrics metrics;
    @Autowired
    PendingSync pending;
    @Autowired
    IngestService ingest;
    @Autowired
    JdbcTemplate jdbc;

    WorkspaceId workspace;

    @BeforeEach
    void newWorkspace() {
        workspace = WorkspaceId.of("bulk-" + UUID.randomUUID().toString().substring(0, 8));
        ingest.replayPending();
    }

    @Test
    void bothStoresAgreeNothingIsPendingAndASecondRunChangesNothing() {
        List<Integer> progress = new ArrayList<>();
        DemoDataSummary summary = demo.load(workspace, GENERATED, SEED, true, false, progress::add);

        int customers = DemoData.totalCustomers(GENERATED);
        assertThat(summary.customers()).isEqualTo(customers);
        assertThat(progress).isNotEmpty().last().isEqualTo(customers);
        List<CustomerProfile> stored = storedProfiles();
        assertThat(stored).hasSize(customers);
        assertThat(sqlCount("customer_dim")).isEqualTo(customers);

        int orderCount = 0;
        int interactionCount = 0;
        Map<LocalDate, Long> ordersPerDay = new HashMap<>();
        for (CustomerProfile profile : stored) {
            List<Order> history = orders.newestFirst(workspace, profile.id(), 10_000);
            int customerInteractions = interactions.newestFirst(workspace, profile.id(), 10_000).size();
            orderCount += history.size();
            interactionCount += customerInteractions;
            history.forEach(o -> ordersPerDay.merge(o.orderedAt().atZone(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
            RealtimeCounters counters = metrics.forCustomer(workspace, profile.id());
            assertThat(counters.orders()).as(profile.id().value()).isEqualTo(history.size());
            assertThat(counters.interactions()).as(profile.id().value()).isEqualTo(customerInteractions);
            assertThat(counters.revenue()).as(profile.id().value()).isEqualByComparingTo(
                    history.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(counters.revenue()).as(profile.id().value()).isEqualByComparingTo(sqlRevenue(profile.id()));
        }
        assertThat(orderCount).isGreaterThan(customers).isEqualTo(summary.orders()).isEqualTo(sqlCount("order_facts"));
        assertThat(interactionCount).isEqualTo(summary.interactions()).isEqualTo(sqlCount("interaction_facts"));
        ordersPerDay.forEach((day, n) -> assertThat(metrics.forDay(workspace, day).orders()).as(day.toString()).isEqualTo(n));
        assertThat(pendingHere()).isEmpty();

        String before = fingerprint();
        DemoDataSummary again = demo.load(workspace, GENERATED, SEED, true, false, n -> { });
        assertThat(again.orders()).isEqualTo(summary.orders());
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(storedProfiles()).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(pendingHere()).isEmpty();
    }

    @Test
    void theBulkPathWritesTheSameHistoriesAsTheRealIngest() {
        WorkspaceId perRecord = WorkspaceId.of("rec-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(perRecord, 15, SEED);
        demo.load(workspace, 15, SEED, true, false, n -> { });

        for (String id : List.of("cust-002", "cust-007", "cust-013", "cust-025")) {
            CustomerId customer = CustomerId.of(id);
            List<Order> viaIngest = orders.newestFirst(perRecord, customer, 10_000);
            List<Order> viaBulk = orders.newestFirst(workspace, customer, 10_000);
            assertThat(viaBulk).as(id).hasSameSizeAs(viaIngest).isNotEmpty();
            for (int i = 0; i < viaIngest.size(); i++) {
                assertThat(viaBulk.get(i).sameContentAs(viaIngest.get(i))).as(id + " order " + i).isTrue();
            }
            RealtimeCounters a = metrics.forCustomer(perRecord, customer);
            RealtimeCounters b = metrics.forCustomer(workspace, customer);
            assertThat(b.orders()).isEqualTo(a.orders());
            assertThat(b.interactions()).isEqualTo(a.interactions());
            assertThat(b.revenue()).isEqualByComparingTo(a.revenue());
            assertThat(b.lastSeen()).isEqualTo(a.lastSeen());
        }
    }

    @Test
    void refusesAWorkspaceWithOtherCustomersUnlessAllowed() {
        ingest.upsertCustomer(workspace, new CustomerCommand("shop-1", "Real Customer", "real@example.com", null, null,
                null, null, "US", null, List.of(), null));
        ingest.replayPending();

        assertThatThrownBy(() -> demo.load(workspace, 20, SEED, true, false, n -> { }))
                .isInstanceOf(DemoBulkLoad.WorkspaceHasOtherData.class);
        assertThat(storedProfiles()).hasSize(1);

        demo.load(workspace, 20, SEED, true, true, n -> { });
        assertThat(storedProfiles()).hasSize(DemoData.totalCustomers(20) + 1);
        assertThat(sqlCount("customer_dim")).isEqualTo(DemoData.totalCustomers(20) + 1);
    }

    private List<CustomerProfile> storedProfiles() {
        List<CustomerProfile> all = new ArrayList<>();
        profiles.forEach(workspace, all::add);
        return all;
    }

    private List<PendingSync.PendingRecord> pendingHere() {
        return pending.pending(100_000).stream().filter(r -> workspaceOf(r).equals(workspace)).toList();
    }

    private static WorkspaceId workspaceOf(PendingSync.PendingRecord r) {
        if (r instanceof PendingCustomer c) {
            return c.profile().workspace();
        }
        if (r instanceof PendingOrder o) {
            return o.order().workspace();
        }
        return ((PendingInteraction) r).interaction().workspace();
    }

    private String fingerprint() {
        return jdbc.queryForObject("select count(*) || '/' || coalesce(max(recorded_at), null) || '/' || sum(amount) "
                + "from order_facts where workspace_id = ?", String.class, workspace.value())
                + jdbc.queryForObject("select count(*) || '/' || max(updated_at) from customer_dim where workspace_id = ?",
                String.class, workspace.value())
                + jdbc.queryForObject("select count(*) from interaction_facts where workspace_id = ?", String.class,
                workspace.value())
                + metrics.forCustomer(workspace, CustomerId.of("cust-042"))
                + metrics.forCustomer(workspace, CustomerId.of("cust-002"));
    }

    private BigDecimal sqlRevenue(CustomerId customer) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from order_facts where workspace_id = ? and customer_id = ?",
                BigDecimal.class, workspace.value(), customer.value());
    }

    private int sqlCount(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where workspace_id = ?", Integer.class,
                workspace.value());
    }
}
