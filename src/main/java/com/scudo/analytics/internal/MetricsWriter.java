package com.scudo.analytics.internal;

import com.scudo.analytics.model.CustomerForecast;
import com.scudo.platform.WorkspaceKeys;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.scudo.analytics.internal.MetricTables.BEHAVIORAL_ANALYTICS;
import static com.scudo.analytics.internal.MetricTables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.MetricTables.METRIC_SNAPSHOTS;

/**
 * Writes a chunk of customers' rows: each chunk replaces those customers' rows in one transaction,
 * so a reader sees either the old or the new figures of a customer, never half of each.
 */
@Component
class MetricsWriter {
    static final Field<String> WORKSPACE = MetricTables.text("workspace_id");
    static final Field<String> CUSTOMER = MetricTables.text("customer_id");
    static final Field<LocalDate> SNAPSHOT_DATE = MetricTables.date("snapshot_date");
    static final Field<OffsetDateTime> COMPUTED_AT = MetricTables.time("computed_at");

    static final List<Field<?>> METRIC_FIELDS = List.of(WORKSPACE, CUSTOMER, MetricTables.date("as_of"),
            MetricTables.integer("orders"), MetricTables.decimal("total_spent"), MetricTables.decimal("aov"),
            MetricTables.date("first_order"), MetricTables.date("last_order"),
            MetricTables.integer("days_since_last_order"), MetricTables.integer("tenure_days"),
            MetricTables.integer("r_score"), MetricTables.integer("f_score"), MetricTables.integer("m_score"),
            MetricTables.text("rfm"), MetricTables.text("rfm_group"), MetricTables.decimal("churn"),
            MetricTables.decimal("churn_low"), MetricTables.decimal("churn_high"), MetricTables.decimal("p_alive"),
            MetricTables.decimal("expected_orders"), MetricTables.decimal("clv"),
            MetricTables.date("next_order_date"), MetricTables.text("lifecycle"), MetricTables.text("reasons"),
            MetricTables.text("reason_facts"), COMPUTED_AT);

    static final List<Field<?>> SNAPSHOT_FIELDS = List.of(WORKSPACE, SNAPSHOT_DATE, CUSTOMER,
            MetricTables.integer("orders"), MetricTables.decimal("total_spent"), MetricTables.decimal("churn"),
            MetricTables.decimal("p_alive"), MetricTables.decimal("clv"), MetricTables.decimal("expected_orders"),
            MetricTables.text("rfm"), MetricTables.text("lifecycle"));

    static final List<Field<?>> BEHAVIOUR_FIELDS = List.of(WORKSPACE, CUSTOMER, MetricTables.date("as_of"),
            MetricTables.text("preferred_channel"), MetricTables.text("channel_mix"), MetricTables.text("categories"),
            MetricTables.text("top_category"), MetricTables.text("category_affinity"),
            MetricTables.decimal("avg_days_between_orders"), MetricTables.decimal("typical_days_between_orders"),
            MetricTables.decimal("discount_rate"), MetricTables.text("seasonality"), MetricTables.integer("peak_month"),
            MetricTables.decimal("holiday_share"), MetricTables.decimal("gift_share"), MetricTables.decimal("bulk_share"),
            MetricTables.decimal("return_rate"), MetricTables.decimal("engagement"), MetricTables.integer("interactions_90d"),
            MetricTables.date("last_interaction"), MetricTables.decimal("spend_trend"), COMPUTED_AT);

    private final DSLContext sql;

    MetricsWriter(DSLContext sql) {
        this.sql = sql;
    }

    void writeScores(String workspace, LocalDate asOf, List<CustomerScore> scores, OffsetDateTime computedAt,
                     boolean snapshot) {
        List<String> ids = scores.stream().map(s -> s.figures().customerId()).toList();
        List<Object[]> metrics = metricRows(workspace, asOf, scores, computedAt);
        List<Object[]> snapshots = snapshotRows(workspace, asOf, scores);
        sql.transaction(tx -> {
            DSLContext dsl = tx.dsl();
            replace(dsl, CUSTOMER_METRICS, METRIC_FIELDS, WorkspaceKeys.in(dsl, WORKSPACE, workspace, CUSTOMER, ids), metrics);
            if (snapshot) {
                replace(dsl, METRIC_SNAPSHOTS, SNAPSHOT_FIELDS,
                        WorkspaceKeys.in(dsl, WORKSPACE, workspace, SNAPSHOT_DATE, asOf, CUSTOMER, ids), snapshots);
            }
        });
    }

    static List<Object[]> metricRows(String workspace, LocalDate asOf, List<CustomerScore> scores,
                                     OffsetDateTime computedAt) {
        List<Object[]> metrics = new ArrayList<>(scores.size());
        for (CustomerScore s : scores) {
            CustomerFigures c = s.figures();
            CustomerForecast p = s.forecast();
            metrics.add(new Object[] {workspace, c.customerId(), asOf, c.orders(), money(c.totalSpent()),
                    money(c.averageOrderValue()), c.firstOrder(), c.lastOrder(), c.daysSinceLastOrder(), c.tenureDays(),
                    s.r(), s.f(), s.m(), s.rfmCode(), s.rfmGroup().label(), share(p.churn()), share(p.churnLow()),
                    share(p.churnHigh()), share(p.pAlive()), scaled(p.expectedOrders(), 4), money(p.clv()),
                    s.nextOrderDate(), s.lifecycle(), null /* reasons: written when read */, s.reasonFacts().encode(),
                    computedAt});
        }
        return metrics;
    }

    static List<Object[]> snapshotRows(String workspace, LocalDate asOf, List<CustomerScore> scores) {
        List<Object[]> snapshots = new ArrayList<>(scores.size());
        for (CustomerScore s : scores) {
            CustomerFigures c = s.figures();
            CustomerForecast p = s.forecast();
            snapshots.add(new Object[] {workspace, asOf, c.customerId(), c.orders(), money(c.totalSpent()),
                    share(p.churn()), share(p.pAlive()), money(p.clv()), scaled(p.expectedOrders(), 4), s.rfmCode(),
                    s.lifecycle()});
        }
        return snapshots;
    }

    void writeBehaviour(String workspace, LocalDate asOf, List<CustomerFigures> figures, List<Behaviour> behaviours,
                        OffsetDateTime computedAt) {
        List<String> ids = figures.stream().map(CustomerFigures::customerId).toList();
        List<Object[]> rows = behaviourRows(workspace, asOf, figures, behaviours, computedAt);
        sql.transaction(tx -> replace(tx.dsl(), BEHAVIORAL_ANALYTICS, BEHAVIOUR_FIELDS,
                WorkspaceKeys.in(tx.dsl(), WORKSPACE, workspace, CUSTOMER, ids), rows));
    }

    static List<Object[]> behaviourRows(String workspace, LocalDate asOf, List<CustomerFigures> figures,
                                        List<Behaviour> behaviours, OffsetDateTime computedAt) {
        List<Object[]> rows = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            CustomerFigures c = figures.get(i);
            Behaviour b = behaviours.get(i);
            rows.add(new Object[] {workspace, c.customerId(), asOf, b.preferredChannel(), Behaviour.mixText(b.channelMix()),
                    setText(b.categories()), b.topCategory(), Behaviour.mixText(b.categoryAffinity()),
                    scaled(c.averageGapDays(), 2), scaled(c.typicalGapDays(), 2), share(b.discountRate()),
                    Behaviour.mixText(b.monthMix()), b.peakMonth() == 0 ? null : b.peakMonth(), share(b.holidayShare()),
                    share(b.giftShare()), share(b.bulkShare()), share(b.returnRate()), scaled(b.engagement(), 2),
                    b.interactions90d(), b.lastInteraction(), c.spendTrend() == null ? null : scaled(Math.min(9999, c.spendTrend()), 4),
                    computedAt});
        }
        return rows;
    }

    /** Removes what an earlier run wrote for customers this run no longer scores (e.g. an earlier as-of date). */
    int deleteOlderThan(String workspace, OffsetDateTime runStart) {
        int metrics = sql.deleteFrom(CUSTOMER_METRICS).where(WORKSPACE.eq(workspace).and(COMPUTED_AT.lt(runStart))).execute();
        sql.deleteFrom(BEHAVIORAL_ANALYTICS).where(WORKSPACE.eq(workspace).and(COMPUTED_AT.lt(runStart))).execute();
        return metrics;
    }

    private static void replace(DSLContext dsl, Table<?> table, List<Field<?>> fields, Condition existing,
                                List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // Inlined, so PostgreSQL plans each delete afresh: a prepared statement's cached generic plan
        // was made while the table was still small, and would keep scanning it as it grows.
        dsl.configuration().derive(new Settings().withStatementType(StatementType.STATIC_STATEMENT)).dsl()
                .deleteFrom(table).where(existing).execute();
        BatchBindStep batch = dsl.batch(dsl.insertInto(table, fields)
                .values(Collections.nCopies(fields.size(), null)));
        for (Object[] row : rows) {
            batch.bind(row);
        }
        batch.execute();
    }

    private static String setText(List<String> values) {
        return values.isEmpty() ? null : "|" + String.join("|", values) + "|";
    }

    private static BigDecimal money(double value) {
        return scaled(value, 2);
    }

    private static BigDecimal share(double value) {
        return scaled(Math.max(0, Math.min(1, value)), 4);
    }

    private static BigDecimal scaled(double value, int scale) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP) : null;
    }
}
