package com.scudo.analytics.internal;

import com.scudo.analytics.CustomerMatch;
import com.scudo.analytics.ScoreSnapshot;
import com.scudo.analytics.ScoredCustomer;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.analytics.internal.schema.tables.BehavioralAnalytics;
import com.scudo.analytics.internal.schema.tables.CustomerDim;
import com.scudo.analytics.internal.schema.tables.CustomerMetrics;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.scudo.analytics.internal.schema.Tables.BEHAVIORAL_ANALYTICS;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_DIM;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.schema.Tables.METRIC_SNAPSHOTS;

/** The port other modules read scored customers through; the name look-up is {@link CustomerLookups}. */
@Component
class ScoredCustomerReads implements ScoredCustomers {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> REASONS = new TypeReference<>() {
    };
    private static final CustomerDim D = CUSTOMER_DIM.as("d");
    private static final CustomerMetrics M = CUSTOMER_METRICS.as("m");
    private static final BehavioralAnalytics B = BEHAVIORAL_ANALYTICS.as("b");
    // The joined tables share column names: these are read by alias.
    private static final Field<String> M_ID = M.CUSTOMER_ID.as("metrics_id");
    private static final Field<String> B_ID = B.CUSTOMER_ID.as("behaviour_id");
    private static final Field<LocalDate> M_AS_OF = M.AS_OF.as("metrics_as_of");
    private static final Field<java.time.OffsetDateTime> M_COMPUTED = M.COMPUTED_AT.as("metrics_computed_at");
    private static final Field<LocalDate> B_AS_OF = B.AS_OF.as("behaviour_as_of");
    private static final Field<java.time.OffsetDateTime> B_COMPUTED = B.COMPUTED_AT.as("behaviour_computed_at");
    private static final Field<String> B_CATEGORIES = B.CATEGORIES.as("behaviour_categories");
    private static final Field<String> B_CHANNEL = B.PREFERRED_CHANNEL.as("behaviour_channel");

    private final DSLContext sql;
    private final CustomerLookups lookups;
    private final com.scudo.money.Formatting formatting;
    /*
     * Rendered to SQL once, with ? for the workspace and customer: building and rendering a 45-column join on
     * every view cost about as much as running it.
     */
    private final String rowSql;
    private final String trendSql;

    ScoredCustomerReads(DSLContext sql, CustomerLookups lookups, com.scudo.money.Formatting formatting) {
        this.sql = sql;
        this.formatting = formatting;
        this.lookups = lookups;
        Field<String> ws = DSL.param("workspace", String.class);
        Field<String> id = DSL.param("customer", String.class);
        this.rowSql = sql.render(DSL.select(D.CUSTOMER_ID, M_ID, B_ID, M_AS_OF, M_COMPUTED, B_AS_OF, B_COMPUTED,
                        M.ORDERS, M.TOTAL_SPENT, M.AOV, M.FIRST_ORDER, M.LAST_ORDER, M.DAYS_SINCE_LAST_ORDER,
                        M.TENURE_DAYS, M.R_SCORE, M.F_SCORE, M.M_SCORE, M.RFM, M.RFM_GROUP, M.CHURN, M.CHURN_LOW,
                        M.CHURN_HIGH, M.P_ALIVE, M.EXPECTED_ORDERS, M.CLV, M.NEXT_ORDER_DATE, M.LIFECYCLE, M.REASONS,
                        M.REASON_FACTS, M.SEGMENTS, M.PRIMARY_SEGMENT, B_CHANNEL, B.CHANNEL_MIX, B_CATEGORIES, B.TOP_CATEGORY,
                        B.CATEGORY_AFFINITY, B.AVG_DAYS_BETWEEN_ORDERS, B.TYPICAL_DAYS_BETWEEN_ORDERS, B.DISCOUNT_RATE,
                        B.PEAK_MONTH, B.HOLIDAY_SHARE, B.GIFT_SHARE, B.BULK_SHARE, B.RETURN_RATE, B.ENGAGEMENT,
                        B.INTERACTIONS_90D, B.LAST_INTERACTION, B.SPEND_TREND)
                .from(D)
                .leftJoin(M).on(M.CUSTOMER_ID.eq(D.CUSTOMER_ID).and(M.WORKSPACE_ID.eq(D.WORKSPACE_ID)))
                .leftJoin(B).on(B.CUSTOMER_ID.eq(D.CUSTOMER_ID).and(B.WORKSPACE_ID.eq(D.WORKSPACE_ID)))
                .where(D.WORKSPACE_ID.eq(ws).and(D.CUSTOMER_ID.eq(id))));
        var s = METRIC_SNAPSHOTS;
        this.trendSql = sql.render(DSL.select(s.SNAPSHOT_DATE, s.CHURN, s.CLV, s.ORDERS, s.TOTAL_SPENT).from(s)
                .where(s.WORKSPACE_ID.eq(ws).and(s.CUSTOMER_ID.eq(id)))
                .orderBy(s.SNAPSHOT_DATE.desc()).limit(DSL.param("latest", Integer.class)));
    }

    @Override
    public CustomerMatch lookup(WorkspaceId workspace, String reference) {
        return lookups.lookup(workspace, reference);
    }

    @Override
    public Optional<CustomerId> byEmail(WorkspaceId workspace, String email) {
        return sql.select(CUSTOMER_DIM.CUSTOMER_ID).from(CUSTOMER_DIM)
                .where(CUSTOMER_DIM.WORKSPACE_ID.eq(workspace.value())
                        .and(CUSTOMER_DIM.EMAIL.eq(email.trim().toLowerCase(Locale.ROOT)))) // stored lower-case, indexed
                .limit(1).fetchOptional(CUSTOMER_DIM.CUSTOMER_ID).map(CustomerId::of);
    }

    @Override
    public Optional<ScoredCustomer> find(WorkspaceId workspace, CustomerId customer) {
        Record r = sql.resultQuery(rowSql, workspace.value(), customer.value()).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        ScoredCustomer.Scores scores = r.get(M_ID.getName()) == null ? null : scores(workspace, r);
        ScoredCustomer.Behaviour behaviour = r.get(B_ID.getName()) == null ? null : new ScoredCustomer.Behaviour(
                r.get(B_AS_OF.getName(), LocalDate.class), r.get(B_COMPUTED.getName(), java.time.OffsetDateTime.class),
                text(r, B_CHANNEL), text(r, B.CHANNEL_MIX), text(r, B_CATEGORIES), text(r, B.TOP_CATEGORY),
                text(r, B.CATEGORY_AFFINITY), dec(r, B.AVG_DAYS_BETWEEN_ORDERS), dec(r, B.TYPICAL_DAYS_BETWEEN_ORDERS),
                dec(r, B.DISCOUNT_RATE), integer(r, B.PEAK_MONTH), dec(r, B.HOLIDAY_SHARE), dec(r, B.GIFT_SHARE),
                dec(r, B.BULK_SHARE), dec(r, B.RETURN_RATE), dec(r, B.ENGAGEMENT), integer(r, B.INTERACTIONS_90D),
                date(r, B.LAST_INTERACTION), dec(r, B.SPEND_TREND));
        return Optional.of(new ScoredCustomer(customer.value(), scores, behaviour));
    }

    private ScoredCustomer.Scores scores(WorkspaceId workspace, Record r) {
        ScoredCustomer.Scores read = new ScoredCustomer.Scores(
                r.get(M_AS_OF.getName(), LocalDate.class), r.get(M_COMPUTED.getName(), java.time.OffsetDateTime.class),
                r.get(M.ORDERS.getName(), Integer.class), dec(r, M.TOTAL_SPENT), dec(r, M.AOV), date(r, M.FIRST_ORDER),
                date(r, M.LAST_ORDER), integer(r, M.DAYS_SINCE_LAST_ORDER), integer(r, M.TENURE_DAYS),
                integer(r, M.R_SCORE), integer(r, M.F_SCORE), integer(r, M.M_SCORE), text(r, M.RFM),
                text(r, M.RFM_GROUP), dec(r, M.CHURN), dec(r, M.CHURN_LOW), dec(r, M.CHURN_HIGH), dec(r, M.P_ALIVE),
                dec(r, M.EXPECTED_ORDERS), dec(r, M.CLV), date(r, M.NEXT_ORDER_DATE), text(r, M.LIFECYCLE),
                Map.of(), text(r, M.SEGMENTS), text(r, M.PRIMARY_SEGMENT));
        return read.withReasons(reasons(workspace, read, text(r, M.REASON_FACTS), text(r, M.REASONS)));
    }

    /** Written from the row's facts; a row scored before reasons were written on read keeps its stored words. */
    private Map<String, String> reasons(WorkspaceId workspace, ScoredCustomer.Scores row, String facts, String stored) {
        ReasonFacts decoded = ReasonFacts.decode(facts);
        if (decoded != null) {
            return Collections.unmodifiableMap(Reasons.of(Reasons.Scored.of(row), decoded, formatting.of(workspace)));
        }
        return stored == null || stored.isBlank() ? Map.of() : Collections.unmodifiableMap(JSON.readValue(stored, REASONS));
    }

    @Override
    public List<ScoreSnapshot> snapshots(WorkspaceId workspace, CustomerId customer, int latest) {
        List<ScoreSnapshot> points = new ArrayList<>(sql.resultQuery(trendSql, workspace.value(), customer.value(),
                Math.max(1, latest)).fetch(r -> {
                    Integer orders = r.get(3, Integer.class);
                    return new ScoreSnapshot(r.get(0, LocalDate.class), r.get(1, java.math.BigDecimal.class),
                            r.get(2, java.math.BigDecimal.class), orders == null ? 0 : orders,
                            r.get(4, java.math.BigDecimal.class));
                }));
        Collections.reverse(points);
        return points;
    }

    @Override
    public Map<String, String> reasons(WorkspaceId workspace, CustomerId customer) {
        return find(workspace, customer).map(ScoredCustomer::scores).map(ScoredCustomer.Scores::reasons).orElse(Map.of());
    }

    @Override
    public Optional<LocalDate> scoredAsOf(WorkspaceId workspace) {
        return Optional.ofNullable(sql.select(DSL.max(CUSTOMER_METRICS.AS_OF)).from(CUSTOMER_METRICS)
                .where(CUSTOMER_METRICS.WORKSPACE_ID.eq(workspace.value())).fetchOne(0, LocalDate.class));
    }

    private static String text(Record r, Field<String> f) {
        return r.get(f.getName(), String.class);
    }

    private static java.math.BigDecimal dec(Record r, Field<java.math.BigDecimal> f) {
        return r.get(f.getName(), java.math.BigDecimal.class);
    }

    private static Integer integer(Record r, Field<Integer> f) {
        return r.get(f.getName(), Integer.class);
    }

    private static LocalDate date(Record r, Field<LocalDate> f) {
        return r.get(f.getName(), LocalDate.class);
    }
}
