package com.scudo.recommendation;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Test-data builder: one customer's row in customer_metrics (and behavioral_analytics), written with plain SQL. */
final class MetricsRow {
    final String customer;
    int orders = 3;
    BigDecimal totalSpent = new BigDecimal("300");
    BigDecimal aov = new BigDecimal("100");
    Integer daysSinceLastOrder = 20;
    Integer tenureDays = 400;
    BigDecimal churn = new BigDecimal("0.10");
    BigDecimal pAlive = new BigDecimal("0.90");
    BigDecimal clv = new BigDecimal("500");
    LocalDate nextOrderDate;
    String lifecycle = "Active";
    String segments;
    String primarySegment;
    String topCategory;
    BigDecimal typicalDays;

    private MetricsRow(String customer) {
        this.customer = customer;
    }

    static MetricsRow customer(String id) {
        return new MetricsRow(id);
    }

    MetricsRow orders(int n, String spent) {
        orders = n;
        totalSpent = new BigDecimal(spent);
        aov = n == 0 ? null : totalSpent.divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_UP);
        return this;
    }

    MetricsRow churn(String value) {
        churn = new BigDecimal(value);
        return this;
    }

    MetricsRow clv(String value) {
        clv = new BigDecimal(value);
        return this;
    }

    MetricsRow lifecycle(String value) {
        lifecycle = value;
        return this;
    }

    MetricsRow daysSinceLastOrder(int days) {
        daysSinceLastOrder = days;
        return this;
    }

    MetricsRow tenureDays(int days) {
        tenureDays = days;
        return this;
    }

    MetricsRow segments(String primary, String... all) {
        primarySegment = primary;
        segments = all.length == 0 ? null : "|" + String.join("|", all) + "|";
        return this;
    }

    MetricsRow typicalDays(String days) {
        typicalDays = new BigDecimal(days);
        return this;
    }

    MetricsRow topCategory(String category) {
        topCategory = category;
        return this;
    }

    MetricsRow nextOrderDate(LocalDate date) {
        nextOrderDate = date;
        return this;
    }

    /** Inserts or replaces the rows (as a new analytics run would). */
    void write(JdbcTemplate jdbc, String workspace, LocalDate asOf) {
        jdbc.update("delete from customer_metrics where workspace_id = ? and customer_id = ?", workspace, customer);
        // The segment rules read customer_dim too; a business customer is one with a company.
        jdbc.update("delete from customer_dim where workspace_id = ? and customer_id = ?", workspace, customer);
        jdbc.update("insert into customer_dim (workspace_id, customer_id, name, company, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?)", workspace, customer, customer,
                segments != null && segments.contains("business_professional") ? "Kim & Partners" : null,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        jdbc.update("delete from behavioral_analytics where workspace_id = ? and customer_id = ?", workspace, customer);
        jdbc.update("""
                        insert into customer_metrics (workspace_id, customer_id, as_of, orders, total_spent, aov,
                          days_since_last_order, tenure_days, churn, p_alive, clv, next_order_date, lifecycle, segments,
                          primary_segment, computed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                workspace, customer, Date.valueOf(asOf), orders, totalSpent, aov, daysSinceLastOrder, tenureDays, churn,
                pAlive, clv, nextOrderDate == null ? null : Date.valueOf(nextOrderDate), lifecycle, segments,
                primarySegment, Timestamp.from(Instant.now()));
        jdbc.update("""
                        insert into behavioral_analytics (workspace_id, customer_id, as_of, top_category,
                          typical_days_between_orders, computed_at) values (?, ?, ?, ?, ?, ?)""",
                workspace, customer, Date.valueOf(asOf), topCategory, typicalDays, Timestamp.from(Instant.now()));
    }
}
