package com.scudo.analytics;

import org.jooq.Field;
import org.jooq.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_FACTS;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_FACTS_STAGE;

/**
 * The customer_facts view (one row per customer: profile, scores, behaviour) as typed jOOQ columns, for the modules
 * that build SQL over scored customers: the filter language compiles its conditions and sorts against these, and
 * the customer list, segment members and exports select them. The columns come from the classes generated from the
 * migrations, so renaming one breaks the build rather than a query. Use them against {@link #TABLE} or an alias of it
 * ({@code Table.field(column)}), or by {@link Field#getUnqualifiedName() name} against a schema-qualified copy.
 */
public final class CustomerFactsColumns {
    public static final Table<?> TABLE = CUSTOMER_FACTS;
    /**
     * The same columns over the scores and behaviour of the whole-workspace run being written (its stage), one row per
     * staged customer, for assigning segments before the run is swapped in ({@link StagedSegments}); the segment
     * columns are the visible assignment. Use the columns below by name against it ({@code STAGED.field(column)}).
     */
    public static final Table<?> STAGED = CUSTOMER_FACTS_STAGE;
    public static final Field<String> WORKSPACE_ID = CUSTOMER_FACTS.WORKSPACE_ID;
    public static final Field<String> CUSTOMER_ID = CUSTOMER_FACTS.CUSTOMER_ID;
    public static final Field<String> NAME = CUSTOMER_FACTS.NAME;
    public static final Field<String> EMAIL = CUSTOMER_FACTS.EMAIL;
    public static final Field<String> COMPANY = CUSTOMER_FACTS.COMPANY;
    public static final Field<String> CITY = CUSTOMER_FACTS.CITY;
    public static final Field<String> REGION = CUSTOMER_FACTS.REGION;
    public static final Field<String> COUNTRY = CUSTOMER_FACTS.COUNTRY;
    public static final Field<String> LIFECYCLE = CUSTOMER_FACTS.LIFECYCLE;
    public static final Field<BigDecimal> CHURN = CUSTOMER_FACTS.CHURN;
    public static final Field<BigDecimal> P_ALIVE = CUSTOMER_FACTS.P_ALIVE;
    public static final Field<BigDecimal> CLV = CUSTOMER_FACTS.CLV;
    public static final Field<BigDecimal> TOTAL_SPENT = CUSTOMER_FACTS.TOTAL_SPENT;
    public static final Field<Integer> ORDERS = CUSTOMER_FACTS.ORDERS;
    public static final Field<BigDecimal> AOV = CUSTOMER_FACTS.AOV;
    public static final Field<String> RFM = CUSTOMER_FACTS.RFM;
    public static final Field<Integer> R_SCORE = CUSTOMER_FACTS.R_SCORE;
    public static final Field<Integer> F_SCORE = CUSTOMER_FACTS.F_SCORE;
    public static final Field<Integer> M_SCORE = CUSTOMER_FACTS.M_SCORE;
    public static final Field<String> RFM_GROUP = CUSTOMER_FACTS.RFM_GROUP;
    public static final Field<Integer> DAYS_SINCE_LAST_ORDER = CUSTOMER_FACTS.DAYS_SINCE_LAST_ORDER;
    /** Over the forecast horizon of the run ({@code scudo.analytics.forecast.horizon-days}). */
    public static final Field<BigDecimal> EXPECTED_ORDERS = CUSTOMER_FACTS.EXPECTED_ORDERS;
    public static final Field<LocalDate> NEXT_ORDER_DATE = CUSTOMER_FACTS.NEXT_ORDER_DATE;
    /** The customer's segment ids as {@code "|A|B|"}. */
    public static final Field<String> SEGMENTS = CUSTOMER_FACTS.SEGMENTS;
    public static final Field<String> PRIMARY_SEGMENT = CUSTOMER_FACTS.PRIMARY_SEGMENT;
    public static final Field<String> CHANNEL = CUSTOMER_FACTS.CHANNEL;
    /** Lower-case categories as {@code "|a|b|"}. */
    public static final Field<String> CATEGORIES = CUSTOMER_FACTS.CATEGORIES;
    /** Lower-case tags as {@code "|a|b|"}. */
    public static final Field<String> TAGS = CUSTOMER_FACTS.TAGS;
    public static final Field<BigDecimal> DISCOUNT_RATE = CUSTOMER_FACTS.DISCOUNT_RATE;
    public static final Field<BigDecimal> ENGAGEMENT = CUSTOMER_FACTS.ENGAGEMENT;
    public static final Field<LocalDate> CREATED = CUSTOMER_FACTS.CREATED;
    public static final Field<LocalDate> FIRST_ORDER = CUSTOMER_FACTS.FIRST_ORDER;
    public static final Field<LocalDate> LAST_ORDER = CUSTOMER_FACTS.LAST_ORDER;
    public static final Field<Integer> TENURE_DAYS = CUSTOMER_FACTS.TENURE_DAYS;
    public static final Field<BigDecimal> AVG_DAYS_BETWEEN_ORDERS = CUSTOMER_FACTS.AVG_DAYS_BETWEEN_ORDERS;
    public static final Field<BigDecimal> HOLIDAY_SHARE = CUSTOMER_FACTS.HOLIDAY_SHARE;
    public static final Field<BigDecimal> SPEND_TREND = CUSTOMER_FACTS.SPEND_TREND;
    /** E-mail marketing consent as "yes" or "no". */
    public static final Field<String> EMAIL_OPT_IN = CUSTOMER_FACTS.EMAIL_OPT_IN;

    private CustomerFactsColumns() {
    }

    /** {@code column} of {@code table} (the view itself or an alias of it), typed. */
    public static <T> Field<T> of(Table<?> table, Field<T> column) {
        return table.field(column);
    }
}
