package com.scudo.segment;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Segment assignment, history, figures and migration on real SQL; run on H2 and on PostgreSQL. */
abstract class SegmentScenarios {
    static final LocalDate D1 = LocalDate.of(2024, 6, 1);
    static final LocalDate D2 = LocalDate.of(2024, 7, 1);
    static final Map<String, String> EXPECTED_PRIMARY = Map.ofEntries(
            Map.entry("vip", "VIP_HIGH_VALUE"), Map.entry("biz", "BUSINESS_PROFESSIONAL"),
            Map.entry("wholesale", "BUSINESS_PROFESSIONAL"), Map.entry("deals", "PRICE_SENSITIVE"),
            Map.entry("atrisk", "AT_RISK"), Map.entry("dormant", "DORMANT"), Map.entry("newbie", "NEW_CUSTOMER"),
            Map.entry("bigbasket", "HIGH_AOV"), Map.entry("fashion", "FASHION_ENTHUSIAST"),
            Map.entry("holiday", "SEASONAL_SHOPPER"), Map.entry("loyal", "LOYAL_REGULAR"),
            Map.entry("rising", "RISING_SPENDER"), Map.entry("mobile", "MOBILE_FIRST"),
            Map.entry("onetime", "ONE_TIME_BUYER"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Segments segments;

    WorkspaceId workspace;
    SegmentFixture data;
    Api api;

    @BeforeEach
    void newWorkspace() {
        workspace = WorkspaceId.of("ws-" + UUID.randomUUID().toString().substring(0, 8));
        data = new SegmentFixture(jdbc, events, workspace);
        api = new Api(port, workspace.value());
        data.personas();
    }

    @Test
    void everyCustomerGetsAllMatchingSegmentsAndThePrimaryByPriority() {
        data.run(D1);

        EXPECTED_PRIMARY.forEach((customer, segment) ->
                assertThat(data.primary(customer)).as(customer).isEqualTo(segment));
        assertThat(EXPECTED_PRIMARY.values()).containsAll(segments.list(workspace).stream()
                .filter(s -> s.segment().builtIn()).map(s -> s.segment().id().value()).toList());
        assertThat(data.segments("vip")).isEqualTo("|VIP_HIGH_VALUE|LOYAL_REGULAR|");
        assertThat(data.segments("biz")).isEqualTo("|BUSINESS_PROFESSIONAL|LOYAL_REGULAR|");
        assertThat(data.segments("dormant")).isEqualTo("|DORMANT|ONE_TIME_BUYER|");
        assertThat(data.primary("plain")).isNull();
        assertThat(data.segments("plain")).isNull();
        assertThat(openAssignments("unscored")).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from metric_snapshots s join customer_metrics m
                  on m.workspace_id = s.workspace_id and m.customer_id = s.customer_id
                where s.workspace_id = ? and s.snapshot_date = ? and s.primary_segment = m.primary_segment
                  and s.segments = m.segments""", Integer.class, workspace.value(), D1))
                .isEqualTo(EXPECTED_PRIMARY.size());
        assertThat(openAssignments("vip")).containsExactlyInAnyOrder("VIP_HIGH_VALUE*", "LOYAL_REGULAR");
    }

    @Test
    void historyKeepsEndedAssignmentsAndAReRunAddsNothing() {
        data.run(D1);
        data.customer("loyal", c -> { c.churn = SegmentFixture.share("0.4"); c.lifecycle = "At-Risk"; });
        data.customer("atrisk", c -> { c.churn = SegmentFixture.share("0.1"); c.lifecycle = "Active"; });
        data.run(D2);

        assertThat(history("loyal")).containsExactlyInAnyOrder(
                "LOYAL_REGULAR* " + D1 + ".." + D2, "AT_RISK* " + D2 + "..");
        assertThat(history("atrisk")).containsExactly("AT_RISK* " + D1 + ".." + D2);
        assertThat(history("vip")).containsExactlyInAnyOrder("VIP_HIGH_VALUE* " + D1 + "..", "LOYAL_REGULAR " + D1 + "..");
        List<Map<String, Object>> before = allAssignments();

        data.run(D2);
        assertThat(allAssignments()).isEqualTo(before);

        data.customer("vip", c -> c.lifecycle = "Active"); // a correction, re-run the same day...
        data.run(D2);
        assertThat(history("vip")).containsExactlyInAnyOrder("VIP_HIGH_VALUE* " + D1 + ".." + D2,
                "LOYAL_REGULAR* " + D2 + "..", "LOYAL_REGULAR " + D1 + ".." + D2);
        data.customer("vip", c -> c.lifecycle = "VIP"); // ...and undone: back to exactly the earlier history
        data.run(D2);
        assertThat(allAssignments()).isEqualTo(before);
    }

    @Test
    void refreshingOneCustomerReassignsOnlyThatCustomer() {
        data.run(D1);
        data.customer("deals", c -> c.aov = SegmentFixture.money("500"));
        data.customer("deals", c -> c.discountRate = SegmentFixture.share("0.1"));
        data.customer("atrisk", c -> c.churn = SegmentFixture.share("0.1"));

        data.refresh("deals", D2);

        assertThat(data.primary("deals")).isEqualTo("HIGH_AOV");
        assertThat(history("deals")).containsExactlyInAnyOrder("PRICE_SENSITIVE* " + D1 + ".." + D2, "HIGH_AOV* " + D2 + "..");
        assertThat(data.primary("atrisk")).isEqualTo("AT_RISK");
        assertThat(history("atrisk")).containsExactly("AT_RISK* " + D1 + "..");
    }

    @Test
    void statsAndTrendSumTheMembers() {
        data.run(D1);
        data.customer("loyal", c -> { c.churn = SegmentFixture.share("0.4"); c.lifecycle = "At-Risk"; });
        data.run(D2);

        for (SegmentSummary summary : segments.list(workspace)) {
            String id = summary.segment().id().value();
            Map<String, Object> expected = jdbc.queryForMap("""
                    select count(*) as n, sum(total_spent) as total, avg(churn) as churn, avg(clv) as clv,
                           sum(case when primary_segment = ? then 1 else 0 end) as prim
                    from customer_metrics where workspace_id = ? and segments like ?""",
                    id, workspace.value(), "%|" + id + "|%");
            SegmentStats stats = summary.stats();
            assertThat(stats.customers()).as(id).isEqualTo(((Number) expected.get("n")).longValue());
            assertThat(stats.primaryCustomers()).as(id).isEqualTo(((Number) expected.get("prim")).longValue());
            if (stats.customers() > 0) {
                assertThat(stats.totalValue()).as(id).isEqualByComparingTo((BigDecimal) expected.get("total"));
                assertThat(stats.averageChurn().doubleValue()).as(id)
                        .isCloseTo(((Number) expected.get("churn")).doubleValue(), org.assertj.core.data.Offset.offset(1e-4));
                assertThat(stats.averageValue()).isEqualByComparingTo(stats.totalValue()
                        .divide(BigDecimal.valueOf(stats.customers()), 2, java.math.RoundingMode.HALF_UP));
            }
        }
        SegmentDetail atRisk = segments.detail(workspace, SegmentId.of("AT_RISK"));
        assertThat(atRisk.trend()).extracting(SegmentDetail.TrendPoint::date).containsExactly(D1, D2);
        assertThat(atRisk.trend().get(0).customers()).isEqualTo(1);
        assertThat(atRisk.trend().get(1).customers()).isEqualTo(2);
        assertThat(atRisk.trend().get(1).value()).isEqualByComparingTo(
                data.customers.get("atrisk").totalSpent.add(data.customers.get("loyal").totalSpent));
    }

    @Test
    void migrationMatrixCountsAndValuesMovesBetweenPrimarySegments() {
        data.run(D1);
        data.customer("loyal", c -> { c.churn = SegmentFixture.share("0.4"); c.lifecycle = "At-Risk";
            c.totalSpent = SegmentFixture.money("2600"); });
        data.customer("holiday", c -> { c.churn = SegmentFixture.share("0.5"); c.lifecycle = "At-Risk"; });
        data.customer("latecomer", c -> { c.lifecycle = "New"; c.orders = 1; c.totalSpent = SegmentFixture.money("90"); });
        data.run(D2);

        SegmentMigration m = segments.migration(workspace, D1, D2);

        assertThat(m.flows()).contains(
                new SegmentMigration.Flow("LOYAL_REGULAR", "AT_RISK", 1, SegmentFixture.money("2600")),
                new SegmentMigration.Flow("SEASONAL_SHOPPER", "AT_RISK", 1, data.customers.get("holiday").totalSpent),
                new SegmentMigration.Flow("none", "NEW_CUSTOMER", 1, SegmentFixture.money("90")),
                new SegmentMigration.Flow("VIP_HIGH_VALUE", "VIP_HIGH_VALUE", 1, SegmentFixture.money("8500")));
        assertThat(m.flows().stream().mapToLong(SegmentMigration.Flow::customers).sum())
                .isEqualTo(data.customers.values().stream().filter(c -> c.scored).count());
        assertThat(m.notable()).first().isEqualTo("1 customer worth $2,600 moved from LOYAL_REGULAR to AT_RISK");
        assertThat(m.notable()).hasSize(3).noneMatch(s -> s.contains("from VIP_HIGH_VALUE to VIP_HIGH_VALUE"));
        assertThat(m.segments()).startsWith("VIP_HIGH_VALUE").endsWith("none");
    }

    List<String> openAssignments(String customer) {
        return jdbc.queryForList("""
                select segment_id || case when is_primary then '*' else '' end from segment_assignments
                where workspace_id = ? and customer_id = ? and until is null""", String.class, workspace.value(), customer);
    }

    /** "SEGMENT[*] since..until" per assignment row of a customer (* = primary). */
    List<String> history(String customer) {
        return jdbc.queryForList("""
                select segment_id, is_primary, since, until from segment_assignments
                where workspace_id = ? and customer_id = ?""", workspace.value(), customer).stream()
                .map(r -> r.get("segment_id") + (Boolean.TRUE.equals(r.get("is_primary")) ? "*" : "") + " "
                        + date(r.get("since")) + ".." + (r.get("until") == null ? "" : date(r.get("until"))))
                .toList();
    }

    List<Map<String, Object>> allAssignments() {
        return jdbc.queryForList("""
                select customer_id, segment_id, is_primary, since, until from segment_assignments
                where workspace_id = ? order by customer_id, segment_id, since""", workspace.value());
    }

    private static String date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate().toString() : String.valueOf(value);
    }
}
