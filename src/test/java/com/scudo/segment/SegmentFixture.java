package com.scudo.segment;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes what the analytics run would write (customer_dim, customer_metrics, behavioral_analytics and the
 * snapshot of a date) straight into SQL, then publishes the run's events.
 */
final class SegmentFixture {
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    final WorkspaceId workspace;
    final Map<String, Customer> customers = new LinkedHashMap<>();

    SegmentFixture(JdbcTemplate jdbc, ApplicationEventPublisher events, WorkspaceId workspace) {
        this.jdbc = jdbc;
        this.events = events;
        this.workspace = workspace;
    }

    /** A scored customer; defaults describe an ordinary active web customer matching no built-in segment. */
    static final class Customer {
        final String id;
        String name;
        String email;
        String phone;
        String company;
        String tags;
        String categories;
        String lifecycle = "Active";
        String channel = "web";
        int orders = 2;
        BigDecimal totalSpent = new BigDecimal("200.00");
        BigDecimal aov = new BigDecimal("100.00");
        BigDecimal churn = new BigDecimal("0.1000");
        BigDecimal clv = new BigDecimal("300.00");
        BigDecimal discountRate = BigDecimal.ZERO;
        BigDecimal holidayShare = BigDecimal.ZERO;
        BigDecimal spendTrend;
        int daysSinceLastOrder = 20;
        boolean scored = true;

        Customer(String id) {
            this.id = id;
            this.name = "Customer " + id;
            this.email = id + "@example.com";
        }
    }

    Customer customer(String id, Consumer<Customer> setup) {
        Customer c = customers.computeIfAbsent(id, Customer::new);
        setup.accept(c);
        save(c);
        return c;
    }

    void save(Customer c) {
        String ws = workspace.value();
        Timestamp now = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        jdbc.update("delete from customer_dim where workspace_id = ? and customer_id = ?", ws, c.id);
        jdbc.update("""
                insert into customer_dim (workspace_id, customer_id, name, email, phone, company, tags, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ws, c.id, c.name, c.email, c.phone, c.company, c.tags, now, now);
        jdbc.update("delete from behavioral_analytics where workspace_id = ? and customer_id = ?", ws, c.id);
        if (!c.scored) {
            jdbc.update("delete from customer_metrics where workspace_id = ? and customer_id = ?", ws, c.id);
            return;
        }
        LocalDate asOf = jdbc.queryForList("select max(as_of) from customer_metrics where workspace_id = ?",
                LocalDate.class, ws).stream().filter(d -> d != null).findFirst().orElse(LocalDate.of(2024, 6, 1));
        String segments = segments(c.id); // kept as the last assignment left them, like the analytics run does
        String primary = primary(c.id);
        jdbc.update("delete from customer_metrics where workspace_id = ? and customer_id = ?", ws, c.id);
        jdbc.update("""
                insert into customer_metrics (workspace_id, customer_id, as_of, orders, total_spent, aov, churn, clv,
                    lifecycle, days_since_last_order, segments, primary_segment, computed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ws, c.id, asOf, c.orders, c.totalSpent, c.aov, c.churn, c.clv, c.lifecycle, c.daysSinceLastOrder,
                segments, primary, now);
        jdbc.update("""
                insert into behavioral_analytics (workspace_id, customer_id, as_of, preferred_channel, categories,
                    discount_rate, holiday_share, spend_trend, computed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ws, c.id, asOf, c.channel, c.categories, c.discountRate, c.holidayShare, c.spendTrend, now);
    }

    /** A full run as of {@code date}: metrics dated, that date's snapshot written, then MetricsComputed. */
    void run(LocalDate date) {
        String ws = workspace.value();
        jdbc.update("update customer_metrics set as_of = ? where workspace_id = ?", date, ws);
        jdbc.update("delete from metric_snapshots where workspace_id = ? and snapshot_date = ?", ws, date);
        jdbc.update("""
                insert into metric_snapshots (workspace_id, snapshot_date, customer_id, orders, total_spent, churn, clv,
                    lifecycle)
                select workspace_id, ?, customer_id, orders, total_spent, churn, clv, lifecycle
                from customer_metrics where workspace_id = ?""", date, ws);
        events.publishEvent(new MetricsComputed(workspace, date, "run-" + date));
    }

    /** One customer's refresh as of {@code date}: only that row is re-dated, then CustomerMetricsRefreshed. */
    void refresh(String id, LocalDate date) {
        jdbc.update("update customer_metrics set as_of = ? where workspace_id = ? and customer_id = ?",
                date, workspace.value(), id);
        events.publishEvent(new CustomerMetricsRefreshed(workspace, java.util.Set.of(CustomerId.of(id)), date));
    }

    String primary(String id) {
        return jdbc.queryForList("select primary_segment from customer_metrics where workspace_id = ? and customer_id = ?",
                String.class, workspace.value(), id).stream().filter(v -> v != null).findFirst().orElse(null);
    }

    String segments(String id) {
        return jdbc.queryForList("select segments from customer_metrics where workspace_id = ? and customer_id = ?",
                String.class, workspace.value(), id).stream().filter(v -> v != null).findFirst().orElse(null);
    }

    /** The built-in personas: each one's primary segment is a different built-in one (plus two in none). */
    void personas() {
        customer("vip", c -> { c.lifecycle = "VIP"; c.orders = 45; c.totalSpent = money("8500"); c.churn = share("0.05"); });
        customer("biz", c -> { c.company = "Kim Consulting"; c.orders = 24; c.totalSpent = money("4800"); });
        customer("wholesale", c -> c.tags = "|wholesale|retail|");
        customer("deals", c -> { c.discountRate = share("0.6"); c.orders = 5; c.totalSpent = money("1200"); });
        customer("atrisk", c -> { c.churn = share("0.3"); c.orders = 4; c.lifecycle = "At-Risk"; c.totalSpent = money("1950"); });
        customer("dormant", c -> { c.lifecycle = "Dormant"; c.orders = 1; c.churn = share("0.2"); c.daysSinceLastOrder = 400; c.totalSpent = money("1800"); });
        customer("newbie", c -> { c.lifecycle = "New"; c.orders = 1; c.daysSinceLastOrder = 10; c.totalSpent = money("450"); });
        customer("bigbasket", c -> { c.aov = money("450"); c.totalSpent = money("3600"); });
        customer("fashion", c -> { c.categories = "|fashion|shoes|"; c.orders = 5; c.totalSpent = money("3400"); });
        customer("holiday", c -> { c.holidayShare = share("0.7"); c.orders = 3; });
        customer("loyal", c -> { c.orders = 12; c.totalSpent = money("2400"); });
        customer("rising", c -> { c.spendTrend = share("2.0"); c.orders = 4; });
        customer("mobile", c -> c.channel = "mobile");
        customer("onetime", c -> { c.orders = 1; c.daysSinceLastOrder = 90; c.churn = share("0.2"); });
        customer("plain", c -> { });
        customer("unscored", c -> { c.scored = false; c.company = "Not Yet Ltd"; });
    }

    static BigDecimal money(String v) {
        return new BigDecimal(v).setScale(2);
    }

    static BigDecimal share(String v) {
        return new BigDecimal(v).setScale(4);
    }
}
