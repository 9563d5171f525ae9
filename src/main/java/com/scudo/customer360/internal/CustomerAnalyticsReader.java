package com.scudo.customer360.internal;

import com.scudo.customer360.Customer360;
import com.scudo.customer360.Freshness;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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
    /** Snapshot dates a trend shows, the most recent ones. */
    static final int TREND_POINTS = 24;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> REASONS = new TypeReference<>() {
    };

    private static final Field<String> DIM_ID = text("d", "customer_id");
    private static final Field<String> M_ID = text("m", "customer_id");
    private static final Field<String> B_ID = text("b", "customer_id");
    private static final Field<LocalDate> M_AS_OF = date("m", "as_of");
    private static final Field<OffsetDateTime> M_COMPUTED = time("m", "computed_at");
    private static final Field<LocalDate> B_AS_OF = date("b", "as_of");
    private static final Field<OffsetDateTime> B_COMPUTED = time("b", "computed_at");
    private static final Field<String> SEGMENT_SET = text("m", "segments");
    private static final Field<String> PRIMARY = text("m", "primary_segment");
    private static final List<Field<?>> COLUMNS = List.of(DIM_ID, M_ID, B_ID, M_AS_OF, M_COMPUTED, B_AS_OF, B_COMPUTED,
            integer("m", "orders"), decimal("m", "total_spent"), decimal("m", "aov"), date("m", "first_order"),
            date("m", "last_order"), integer("m", "days_since_last_order"), integer("m", "tenure_days"),
            integer("m", "r_score"), integer("m", "f_score"), integer("m", "m_score"), text("m", "rfm"),
            text("m", "rfm_group"), decimal("m", "churn"), decimal("m", "churn_low"), decimal("m", "churn_high"),
            decimal("m", "p_alive"), decimal("m", "expected_orders_90d"), decimal("m", "clv"),
            date("m", "next_order_date"), text("m", "lifecycle"), text("m", "reasons"), SEGMENT_SET, PRIMARY,
            text("b", "preferred_channel"), text("b", "channel_mix"), text("b", "categories"),
            text("b", "top_category"), text("b", "category_affinity"), decimal("b", "avg_days_between_orders"),
            decimal("b", "typical_days_between_orders"), decimal("b", "discount_rate"), integer("b", "peak_month"),
            decimal("b", "holiday_share"), decimal("b", "gift_share"), decimal("b", "bulk_share"),
            decimal("b", "return_rate"), decimal("b", "engagement"), integer("b", "interactions_90d"),
            date("b", "last_interaction"), decimal("b", "spend_trend"));

    private final DSLContext sql;

    CustomerAnalyticsReader(DSLContext sql) {
        this.sql = sql;
    }

    AnalyticsParts read(WorkspaceId workspace, CustomerId customer) {
        String ws = workspace.value();
        String id = customer.value();
        Record row = sql.select(COLUMNS).from(Sql.DIM)
                .leftJoin(Sql.METRICS).on(M_ID.eq(DIM_ID).and(text("m", "workspace_id").eq(text("d", "workspace_id"))))
                .leftJoin(Sql.BEHAVIOUR).on(B_ID.eq(DIM_ID).and(text("b", "workspace_id").eq(text("d", "workspace_id"))))
                .where(text("d", "workspace_id").eq(ws).and(DIM_ID.eq(id)))
                .fetchOne();
        if (row == null) {
            return new AnalyticsParts(false, null, null, null, null);
        }
        boolean scored = row.get(M_ID) != null;
        Freshness scoreFreshness = scored ? Freshness.computed(row.get(M_AS_OF), row.get(M_COMPUTED)) : null;
        return new AnalyticsParts(true,
                scored ? scores(row, scoreFreshness) : null,
                row.get(B_ID) == null ? null : behaviour(row),
                scored ? segments(ws, row, scoreFreshness) : null,
                scored ? trend(ws, id) : null);
    }

    private static Customer360.Scores scores(Record r, Freshness freshness) {
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
                r.get("expected_orders_90d", BigDecimal.class), r.get("next_order_date", LocalDate.class),
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
                r.get("spend_trend", BigDecimal.class), Freshness.computed(r.get(B_AS_OF), r.get(B_COMPUTED)));
    }

    private Customer360.SegmentMembership segments(String ws, Record r, Freshness freshness) {
        List<String> ids = set(r.get(SEGMENT_SET));
        String primary = r.get(PRIMARY);
        if (ids.isEmpty()) {
            return new Customer360.SegmentMembership(primary, List.of(), freshness);
        }
        Map<String, String> names = sql.select(text("g", "segment_id"), text("g", "name")).from(Sql.SEGMENTS)
                .where(text("g", "workspace_id").eq(ws).and(text("g", "segment_id").in(ids)))
                .fetchMap(text("g", "segment_id"), text("g", "name"));
        List<Customer360.SegmentRef> refs = ids.stream()
                .map(id -> new Customer360.SegmentRef(id, names.getOrDefault(id, id), id.equals(primary))).toList();
        return new Customer360.SegmentMembership(primary, refs, freshness);
    }

    private Customer360.Trends trend(String ws, String id) {
        Field<LocalDate> day = date("s", "snapshot_date");
        List<Customer360.TrendPoint> points = new ArrayList<>(sql
                .select(day, decimal("s", "churn"), decimal("s", "clv"), integer("s", "orders"), decimal("s", "total_spent"))
                .from(Sql.SNAPSHOTS)
                .where(text("s", "workspace_id").eq(ws).and(text("s", "customer_id").eq(id)))
                .orderBy(day.desc()).limit(TREND_POINTS)
                .fetch(r -> new Customer360.TrendPoint(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? 0 : r.value4(), r.value5())));
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
