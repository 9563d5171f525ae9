package com.scudo.customer360.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.customer360.Customer360;
import com.scudo.customer360.Freshness;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.scudo.customer360.internal.Sql.date;
import static com.scudo.customer360.internal.Sql.decimal;
import static com.scudo.customer360.internal.Sql.integer;
import static com.scudo.customer360.internal.Sql.text;
import static com.scudo.customer360.internal.Sql.time;

/**
 * One customer's scores, behaviour, segments and trend from the analytical store: a join by primary key,
 * the customer's snapshots through their own index, and the names of the few segments they hold.
 */
@Component
class CustomerAnalyticsReader {
    /** The forecast horizon of the expected orders (the settings the runs score with). */
    private final int horizonDays;
    /** Snapshot dates a trend shows, the most recent ones. */
    static final int TREND_POINTS = 24;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> REASONS = new TypeReference<>() {
    };

    // Aliases where the joined tables share a column name: the result is read by name.
    private static final String DIM_ID = "dim_id";
    private static final String M_ID = "metrics_id";
    private static final String B_ID = "behaviour_id";
    private static final String M_AS_OF = "metrics_as_of";
    private static final String M_COMPUTED = "metrics_computed_at";
    private static final String B_AS_OF = "behaviour_as_of";
    private static final String B_COMPUTED = "behaviour_computed_at";
    private static final List<Field<?>> COLUMNS = List.of(text("d", "customer_id").as(DIM_ID),
            text("m", "customer_id").as(M_ID), text("b", "customer_id").as(B_ID), date("m", "as_of").as(M_AS_OF),
            time("m", "computed_at").as(M_COMPUTED), date("b", "as_of").as(B_AS_OF), time("b", "computed_at").as(B_COMPUTED),
            integer("m", "orders"), decimal("m", "total_spent"), decimal("m", "aov"), date("m", "first_order"),
            date("m", "last_order"), integer("m", "days_since_last_order"), integer("m", "tenure_days"),
            integer("m", "r_score"), integer("m", "f_score"), integer("m", "m_score"), text("m", "rfm"),
            text("m", "rfm_group"), decimal("m", "churn"), decimal("m", "churn_low"), decimal("m", "churn_high"),
            decimal("m", "p_alive"), decimal("m", "expected_orders_90d"), decimal("m", "clv"),
            date("m", "next_order_date"), text("m", "lifecycle"), text("m", "reasons"), text("m", "segments"),
            text("m", "primary_segment"),
            text("b", "preferred_channel"), text("b", "channel_mix"), text("b", "categories"),
            text("b", "top_category"), text("b", "category_affinity"), decimal("b", "avg_days_between_orders"),
            decimal("b", "typical_days_between_orders"), decimal("b", "discount_rate"), integer("b", "peak_month"),
            decimal("b", "holiday_share"), decimal("b", "gift_share"), decimal("b", "bulk_share"),
            decimal("b", "return_rate"), decimal("b", "engagement"), integer("b", "interactions_90d"),
            date("b", "last_interaction"), decimal("b", "spend_trend"));

    private final DSLContext sql;
    /*
     * The three reads are rendered to SQL once, with ? for the workspace and customer: building and rendering a
     * 45-column join on every view cost about as much as running it.
     */
    private final String rowSql;
    private final String segmentNamesSql;
    private final String trendSql;

    CustomerAnalyticsReader(DSLContext sql, AnalyticsSettings settings) {
        this.sql = sql;
        this.horizonDays = settings.forecast().horizonDays();
        Field<String> ws = DSL.param("workspace", String.class);
        Field<String> id = DSL.param("customer", String.class);
        this.rowSql = sql.render(DSL.select(COLUMNS).from(Sql.DIM)
                .leftJoin(Sql.METRICS).on(text("m", "customer_id").eq(text("d", "customer_id"))
                        .and(text("m", "workspace_id").eq(text("d", "workspace_id"))))
                .leftJoin(Sql.BEHAVIOUR).on(text("b", "customer_id").eq(text("d", "customer_id"))
                        .and(text("b", "workspace_id").eq(text("d", "workspace_id"))))
                .where(text("d", "workspace_id").eq(ws).and(text("d", "customer_id").eq(id))));
        // The customer's few segment ids arrive as one "|a|b|" text: matched by position, so one statement
        // serves any number of them (the workspace's segments are read through the primary key).
        Field<String> set = DSL.param("segments", String.class);
        this.segmentNamesSql = sql.render(DSL.select(text("g", "segment_id"), text("g", "name")).from(Sql.SEGMENTS)
                .where(text("g", "workspace_id").eq(ws))
                .and(DSL.position(set, DSL.inline("|").concat(text("g", "segment_id")).concat(DSL.inline("|"))).gt(DSL.inline(0))));
        Field<LocalDate> day = date("s", "snapshot_date");
        this.trendSql = sql.render(DSL.select(day, decimal("s", "churn"), decimal("s", "clv"), integer("s", "orders"),
                        decimal("s", "total_spent"))
                .from(Sql.SNAPSHOTS)
                .where(text("s", "workspace_id").eq(ws).and(text("s", "customer_id").eq(id)))
                .orderBy(day.desc()).limit(DSL.inline(TREND_POINTS)));
    }

    AnalyticsParts read(WorkspaceId workspace, CustomerId customer) {
        String ws = workspace.value();
        String id = customer.value();
        Record row = row(workspace, customer);
        if (row == null) {
            return new AnalyticsParts(false, null, null, null, null);
        }
        boolean scored = row.get(M_ID) != null;
        Freshness scoreFreshness = scored
                ? Freshness.computed(row.get(M_AS_OF, LocalDate.class), row.get(M_COMPUTED, OffsetDateTime.class)) : null;
        return new AnalyticsParts(true,
                scored ? scores(row, scoreFreshness) : null,
                row.get(B_ID) == null ? null : behaviour(row),
                scored ? segments(ws, row, scoreFreshness) : null,
                scored ? trend(ws, id) : null);
    }

    /** The customer's dimension, metrics and behaviour row; null when the analytical store does not know them. */
    Record row(WorkspaceId workspace, CustomerId customer) {
        return sql.resultQuery(rowSql, workspace.value(), customer.value()).fetchOne();
    }

    private Customer360.Scores scores(Record r, Freshness freshness) {
        Map<String, String> reasons = reasons(r.get("reasons", String.class));
        Customer360.Rfm rfm = new Customer360.Rfm(r.get("r_score", Integer.class), r.get("f_score", Integer.class),
                r.get("m_score", Integer.class), r.get("rfm", String.class), r.get("rfm_group", String.class),
                reasons.get("rfm"));
        Customer360.Churn churn = new Customer360.Churn(r.get("churn", BigDecimal.class),
                r.get("churn_low", BigDecimal.class), r.get("churn_high", BigDecimal.class), reasons.get("churn"));
        Integer orders = r.get("orders", Integer.class);
        return new Customer360.Scores(orders == null ? 0 : orders, r.get("total_spent", BigDecimal.class),
                r.get("aov", BigDecimal.class), r.get("first_order", LocalDate.class), r.get("last_order", LocalDate.class),
                r.get("days_since_last_order", Integer.class), r.get("tenure_days", Integer.class), rfm, churn,
                r.get("p_alive", BigDecimal.class), r.get("clv", BigDecimal.class),
                r.get("expected_orders_90d", BigDecimal.class), horizonDays, r.get("next_order_date", LocalDate.class),
                r.get("lifecycle", String.class), reasons, freshness);
    }

    private static Customer360.Behaviour behaviour(Record r) {
        return new Customer360.Behaviour(r.get("preferred_channel", String.class), mix(r.get("channel_mix", String.class)),
                set(r.get("categories", String.class)), r.get("top_category", String.class),
                mix(r.get("category_affinity", String.class)), r.get("avg_days_between_orders", BigDecimal.class),
                r.get("typical_days_between_orders", BigDecimal.class), r.get("discount_rate", BigDecimal.class),
                r.get("peak_month", Integer.class), r.get("holiday_share", BigDecimal.class),
                r.get("gift_share", BigDecimal.class), r.get("bulk_share", BigDecimal.class),
                r.get("return_rate", BigDecimal.class), r.get("engagement", BigDecimal.class),
                r.get("interactions_90d", Integer.class), r.get("last_interaction", LocalDate.class),
                r.get("spend_trend", BigDecimal.class),
                Freshness.computed(r.get(B_AS_OF, LocalDate.class), r.get(B_COMPUTED, OffsetDateTime.class)));
    }

    private Customer360.SegmentMembership segments(String ws, Record r, Freshness freshness) {
        String memberships = r.get("segments", String.class);
        List<String> ids = set(memberships);
        String primary = r.get("primary_segment", String.class);
        if (ids.isEmpty()) {
            return new Customer360.SegmentMembership(primary, List.of(), freshness);
        }
        Map<String, String> names = new HashMap<>();
        sql.resultQuery(segmentNamesSql, ws, "|" + String.join("|", ids) + "|")
                .forEach(g -> names.put(g.get(0, String.class), g.get(1, String.class)));
        List<Customer360.SegmentRef> refs = ids.stream()
                .map(id -> new Customer360.SegmentRef(id, names.getOrDefault(id, id), id.equals(primary))).toList();
        return new Customer360.SegmentMembership(primary, refs, freshness);
    }

    Customer360.Trends trend(String ws, String id) {
        List<Customer360.TrendPoint> points = new ArrayList<>(sql.resultQuery(trendSql, ws, id)
                .fetch(r -> {
                    Integer orders = r.get(3, Integer.class);
                    return new Customer360.TrendPoint(r.get(0, LocalDate.class), r.get(1, BigDecimal.class),
                            r.get(2, BigDecimal.class), orders == null ? 0 : orders, r.get(4, BigDecimal.class));
                }));
        Collections.reverse(points);
        LocalDate latest = points.isEmpty() ? null : points.get(points.size() - 1).date();
        return new Customer360.Trends(points, Freshness.computed(latest, null));
    }

    private static Map<String, String> reasons(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, REASONS);
    }

    /** "web:0.8|mobile:0.2" as an ordered map of shares. */
    static Map<String, BigDecimal> mix(String text) {
        Map<String, BigDecimal> mix = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return mix;
        }
        for (String part : text.split("\\|")) {
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                try {
                    mix.put(part.substring(0, colon),
                            new BigDecimal(part.substring(colon + 1)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
                } catch (NumberFormatException ignored) {
                    // a malformed share is left out rather than failing the whole view
                }
            }
        }
        return mix;
    }

    /** "|a|b|" as [a, b]. */
    static List<String> set(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).filter(s -> !s.isBlank()).toList();
    }
}
