package com.scudo.assistant.internal;

import com.scudo.analytics.CustomerFactsColumns;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.shared.CustomerId;
import com.scudo.shared.DisplayName;
import com.scudo.assistant.CustomerRow;
import com.scudo.segment.filter.CustomerQuery;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assistant's reads, all over {@code customer_facts} through the filter language: a question becomes a
 * filter expression, and every value in it reaches the database as a bind variable.
 */
@Component
class FactsQueries {
    private static final Table<?> FACTS = Filters.customerFacts().as("c");
    private static final Field<String> WORKSPACE = col(CustomerFactsColumns.WORKSPACE_ID);
    static final Field<String> CUSTOMER_ID = col(CustomerFactsColumns.CUSTOMER_ID);
    static final Field<String> NAME = col(CustomerFactsColumns.NAME);
    static final Field<String> EMAIL = col(CustomerFactsColumns.EMAIL);
    static final Field<String> COMPANY = col(CustomerFactsColumns.COMPANY);
    static final Field<String> CITY = col(CustomerFactsColumns.CITY);
    static final Field<String> LIFECYCLE = col(CustomerFactsColumns.LIFECYCLE);
    static final Field<String> PRIMARY = col(CustomerFactsColumns.PRIMARY_SEGMENT);
    static final Field<String> SEGMENTS = col(CustomerFactsColumns.SEGMENTS);
    static final Field<Integer> ORDERS = col(CustomerFactsColumns.ORDERS);
    static final Field<BigDecimal> TOTAL_SPENT = col(CustomerFactsColumns.TOTAL_SPENT);
    static final Field<BigDecimal> AOV = col(CustomerFactsColumns.AOV);
    static final Field<BigDecimal> CHURN = col(CustomerFactsColumns.CHURN);
    static final Field<BigDecimal> CLV = col(CustomerFactsColumns.CLV);
    static final Field<BigDecimal> EXPECTED_ORDERS = col(CustomerFactsColumns.EXPECTED_ORDERS);
    static final Field<String> RFM = col(CustomerFactsColumns.RFM);
    static final Field<String> RFM_GROUP = col(CustomerFactsColumns.RFM_GROUP);
    static final Field<Integer> DAYS_SINCE = col(CustomerFactsColumns.DAYS_SINCE_LAST_ORDER);
    static final Field<LocalDate> FIRST_ORDER = col(CustomerFactsColumns.FIRST_ORDER);
    static final Field<LocalDate> LAST_ORDER = col(CustomerFactsColumns.LAST_ORDER);
    static final Field<LocalDate> NEXT_ORDER = col(CustomerFactsColumns.NEXT_ORDER_DATE);
    private static final List<Field<?>> ROW = List.of(CUSTOMER_ID, NAME, EMAIL, LIFECYCLE, PRIMARY, ORDERS, TOTAL_SPENT, CHURN,
            CLV, LAST_ORDER, NEXT_ORDER);
    private static final List<Field<?>> PROFILE = List.of(CUSTOMER_ID, NAME, EMAIL, COMPANY, CITY, LIFECYCLE, PRIMARY,
            SEGMENTS, ORDERS, TOTAL_SPENT, AOV, CHURN, CLV, EXPECTED_ORDERS, RFM, RFM_GROUP, DAYS_SINCE, FIRST_ORDER,
            LAST_ORDER, NEXT_ORDER);

    /** Count and sums over the customers a filter selects; averages are null when none is selected. */
    record Totals(long customers, BigDecimal totalSpent, BigDecimal clv, BigDecimal churnTimesClv, BigDecimal aov,
                  BigDecimal averageSpent, BigDecimal averageChurn, BigDecimal averageClv, long orders) {

        /** What the customers spent per order, all their orders together; null without orders. */
        BigDecimal spentPerOrder() {
            return orders == 0 ? null : totalSpent.divide(BigDecimal.valueOf(orders), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    private final DSLContext sql;
    private final ScoredCustomers customers;
    private final Clock clock;
    private final com.scudo.analytics.WorkspaceScores scores;
    /** The categories change with a run; a question should not scan the behaviour table each time. */
    private final com.github.benmanes.caffeine.cache.Cache<WorkspaceId, java.util.Set<String>> categories =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000)
                    .expireAfterWrite(java.time.Duration.ofMinutes(1)).build();

    FactsQueries(DSLContext sql, ScoredCustomers customers, Clock clock, com.scudo.analytics.WorkspaceScores scores) {
        this.sql = sql;
        this.customers = customers;
        this.clock = clock;
        this.scores = scores;
    }

    /** The product categories the shop's customers bought, lower-case (for "who bought electronics"). */
    java.util.Set<String> categories(WorkspaceId workspace) {
        return categories.get(workspace, w -> java.util.Set.copyOf(scores.categories(w)));
    }

    /** The date of the workspace's scores (the last analytics run), else today: relative dates count from it. */
    LocalDate asOf(WorkspaceId workspace) {
        return customers.scoredAsOf(workspace).orElseGet(() -> LocalDate.now(clock));
    }

    /** The first {@code limit} customers matching {@code filter}, sorted by {@code sort} (nulls last). */
    List<CustomerRow> customers(WorkspaceId workspace, FilterExpression filter, LocalDate asOf, FilterField sort,
                                boolean descending, int limit) {
        CustomerQuery query = new CustomerQuery(FACTS, workspace.value(), condition(filter, asOf), sort, descending,
                Math.max(1, Math.min(limit, CustomerQuery.MAX_PAGE_SIZE)));
        return query.fetchPage(sql, ROW, null).rows().stream().map(FactsQueries::row).toList();
    }

    Totals totals(WorkspaceId workspace, FilterExpression filter, LocalDate asOf) {
        Record r = sql.select(DSL.count(), DSL.sum(TOTAL_SPENT), DSL.sum(CLV), DSL.sum(CHURN.times(CLV)), DSL.sum(AOV),
                        DSL.avg(TOTAL_SPENT), DSL.avg(CHURN), DSL.avg(CLV), DSL.sum(ORDERS))
                .from(FACTS).where(WORKSPACE.eq(workspace.value())).and(condition(filter, asOf))
                .fetchOne();
        long n = r.get(0, Long.class);
        return new Totals(n, zero(r.get(1, BigDecimal.class)), zero(r.get(2, BigDecimal.class)),
                zero(r.get(3, BigDecimal.class)), zero(r.get(4, BigDecimal.class)), n == 0 ? null : r.get(5, BigDecimal.class),
                r.get(6, BigDecimal.class), r.get(7, BigDecimal.class), n == 0 ? 0 : r.get(8, Long.class));
    }

    /** The average of a numeric field over the customers a filter selects who have a value of it, and how many have. */
    record Average(BigDecimal value, long customers) {
    }

    Average average(WorkspaceId workspace, FilterExpression filter, LocalDate asOf, FilterField field) {
        Field<BigDecimal> column = FACTS.field(field.column(), BigDecimal.class);
        Record r = sql.select(DSL.avg(column), DSL.count(column)).from(FACTS).where(WORKSPACE.eq(workspace.value()))
                .and(condition(filter, asOf)).fetchOne();
        return new Average(r.get(0, BigDecimal.class), r.get(1, Long.class));
    }

    /** The workspace's average of a numeric filter field over the customers who have a value of it; null for none. */
    BigDecimal average(WorkspaceId workspace, String field) {
        FilterField f = FilterField.byName(field).filter(x -> x.type().isNumeric())
                .orElseThrow(() -> new IllegalArgumentException("no numeric field " + field));
        return sql.select(DSL.avg(FACTS.field(f.column(), BigDecimal.class))).from(FACTS)
                .where(WORKSPACE.eq(workspace.value())).fetchOne(0, BigDecimal.class);
    }

    /** One customer's facts, or empty when the id is unknown. */
    Optional<Record> facts(WorkspaceId workspace, String customerId) {
        return sql.select(PROFILE).from(FACTS).where(WORKSPACE.eq(workspace.value()))
                .and(CUSTOMER_ID.eq(customerId)).fetchOptional();
    }

    /** The reasons behind a customer's scores, in words, keyed rfm, churn, expected_orders, clv, next_order, lifecycle. */
    Map<String, String> reasons(WorkspaceId workspace, String customerId) {
        return CustomerId.isValid(customerId) ? new LinkedHashMap<>(customers.reasons(workspace, CustomerId.of(customerId)))
                : Map.of();
    }

    static CustomerRow row(Record r) {
        Integer orders = r.get(ORDERS);
        return new CustomerRow(r.get(CUSTOMER_ID), DisplayName.of(r.get(NAME), r.get(EMAIL), r.get(CUSTOMER_ID)), r.get(LIFECYCLE), r.get(PRIMARY),
                orders == null ? 0 : orders, r.get(TOTAL_SPENT), r.get(CHURN), r.get(CLV), r.get(LAST_ORDER),
                r.get(NEXT_ORDER), link(r.get(CUSTOMER_ID)));
    }

    /** Where the Customer 360 view of a customer lives. */
    static String link(String customerId) {
        return "/api/v1/customers/" + URLEncoder.encode(customerId, StandardCharsets.UTF_8).replace("+", "%20") + "/360";
    }

    /** The ids of the workspace's customers a filter selects, as a subquery (for a query of their orders). */
    static org.jooq.Select<org.jooq.Record1<String>> idsMatching(WorkspaceId workspace, String rule, LocalDate asOf) {
        return DSL.select(CUSTOMER_ID).from(FACTS).where(WORKSPACE.eq(workspace.value()))
                .and(condition(Filters.parse(rule), asOf));
    }

    private static Condition condition(FilterExpression filter, LocalDate asOf) {
        return filter == null ? DSL.noCondition() : Filters.toCondition(filter, FACTS, asOf);
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static <T> Field<T> col(Field<T> column) {
        return CustomerFactsColumns.of(FACTS, column);
    }
}
