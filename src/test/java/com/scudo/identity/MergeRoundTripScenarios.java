package com.scudo.identity;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.CustomerContacts;
import com.scudo.analytics.CustomerRows;
import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditTrail;
import com.scudo.customer.OperationalPersonalData;
import com.scudo.demo.DemoData;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge combines two scored customers' histories in both stores and leaves the old id and e-mail as aliases;
 * taking it back returns both stores to exactly what they held before, scores included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MergeRoundTripScenarios {
    @Autowired
    DemoData demo;
    @Autowired
    AnalyticsRuns analytics;
    @Autowired
    IngestService ingest;
    @Autowired
    IdentityResolution identity;
    @Autowired
    CustomerRows rows;
    @Autowired
    CustomerContacts contacts;
    @Autowired
    OperationalPersonalData operational;
    @Autowired
    CustomerAliases aliases;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    WorkspaceId workspace;
    CustomerId survivor;
    CustomerId merged;
    String mergedEmail;

    @BeforeAll
    void scoredShop() {
        workspace = WorkspaceId.of("identity-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 12, 23);
        ingest.replayPending();
        analytics.runNow(workspace, LocalDate.now(ZoneOffset.UTC));
        List<CustomerContacts.Contact> people = new ArrayList<>();
        contacts.forEach(workspace, people::add);
        List<CustomerContacts.Contact> withOrders = people.stream()
                .filter(c -> !operational.read(workspace, CustomerId.of(c.id())).orders().isEmpty()).limit(2).toList();
        survivor = CustomerId.of(withOrders.get(0).id());
        merged = CustomerId.of(withOrders.get(1).id());
        mergedEmail = withOrders.get(1).email();
    }

    @Test
    void mergeThenUnmergeRestoresBothStoresExactly() {
        CustomerRows.Snapshot analyticalBefore = rows.snapshot(workspace, List.of(survivor, merged));
        OperationalPersonalData.Held survivorBefore = operational.read(workspace, survivor);
        OperationalPersonalData.Held mergedBefore = operational.read(workspace, merged);
        List<Map<String, Object>> ledgerBefore = ledger();
        assertThat(analyticalBefore.tables().get("customer_metrics")).hasSize(2);

        MergeResult merge = identity.merge(workspace, survivor, merged);

        OperationalPersonalData.Held survivorMerged = operational.read(workspace, survivor);
        assertThat(operational.read(workspace, merged).isEmpty()).isTrue();
        assertThat(survivorMerged.orders()).hasSize(survivorBefore.orders().size() + mergedBefore.orders().size());
        assertThat(survivorMerged.counters()).get().satisfies(c ->
                assertThat(c.orders()).isEqualTo(survivorBefore.counters().orElseThrow().orders()
                        + mergedBefore.counters().orElseThrow().orders()));
        CustomerRows.Snapshot analyticalMerged = rows.snapshot(workspace, List.of(survivor, merged));
        assertThat(analyticalMerged.tables().get("customer_dim")).singleElement()
                .satisfies(r -> assertThat(r.get("customer_id")).isEqualTo(survivor.value()));
        assertThat(analyticalMerged.tables().get("order_facts")).hasSize(
                analyticalBefore.tables().get("order_facts").size()).allSatisfy(r ->
                assertThat(r.get("customer_id")).isEqualTo(survivor.value()));
        // Re-scored at once from the combined history.
        assertThat(analyticalMerged.tables().get("customer_metrics")).singleElement().satisfies(r ->
                assertThat(Integer.parseInt(r.get("orders"))).isEqualTo(analyticalBefore.tables().get("customer_metrics")
                        .stream().mapToInt(m -> Integer.parseInt(m.get("orders"))).sum()));
        assertThat(aliases.survivorOfId(workspace, merged)).contains(survivor);
        assertThat(aliases.survivorOfEmail(workspace, "  " + mergedEmail.toUpperCase() + " ")).contains(survivor);
        assertThat(audit.list(workspace, null, AuditAction.CUSTOMERS_MERGED, 10, null).events()).hasSize(1);

        // A new order for the old id lands on the survivor.
        ingest.recordOrder(workspace, new OrderCommand("late-" + merge.mergeId(), merged.value(), "2026-01-05T10:00:00Z",
                new BigDecimal("12.50"), null, null, "web", List.of(), List.of()));
        ingest.replayPending();
        assertThat(operational.read(workspace, survivor).orders()).anySatisfy(o ->
                assertThat(o.id().value()).isEqualTo("late-" + merge.mergeId()));
        jdbc.update("delete from order_ledger where workspace_id = ? and order_id = ?", workspace.value(),
                "late-" + merge.mergeId());
        operational.removeRecords(workspace, survivor, List.of("late-" + merge.mergeId()), List.of());
        jdbc.update("delete from " + "order_" + "facts where workspace_id = ? and order_id = ?", workspace.value(),
                "late-" + merge.mergeId());

        MergeResult back = identity.unmerge(workspace, merge.mergeId());

        assertThat(back.state()).isEqualTo("unmerged");
        assertThat(rows.snapshot(workspace, List.of(survivor, merged))).isEqualTo(analyticalBefore);
        assertThat(operational.read(workspace, survivor)).isEqualTo(survivorBefore);
        assertThat(operational.read(workspace, merged)).isEqualTo(mergedBefore);
        assertThat(ledger()).isEqualTo(ledgerBefore);
        assertThat(aliases.survivorOfId(workspace, merged)).isEmpty();
        assertThat(audit.list(workspace, null, AuditAction.CUSTOMERS_UNMERGED, 10, null).events()).hasSize(1);
    }

    private List<Map<String, Object>> ledger() {
        return jdbc.queryForList("select order_id, customer_id, fingerprint, payload, state, refunded from order_ledger "
                + "where workspace_id = ? and customer_id in (?, ?) order by order_id", workspace.value(),
                survivor.value(), merged.value());
    }
}
