package com.scudo.segment.filter;

import com.scudo.analytics.CustomerFactsColumns;
import org.jooq.Field;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of fields a filter may use: a whitelist of typed columns of the {@code customer_facts}
 * relation, as analytics exports them ({@link CustomerFactsColumns}). Add a field by adding a constant; everything
 * else (parser, SQL, predicate, docs listing) is driven from here.
 */
public enum FilterField {
    CUSTOMER_ID("customer_id", CustomerFactsColumns.CUSTOMER_ID, FieldType.TEXT,
            "Customer id (exact, case-sensitive)", "customer_id = \"C-1001\"",
            Attr.CASE_SENSITIVE),
    NAME("name", CustomerFactsColumns.NAME, FieldType.TEXT, "Customer name", "name ~ \"smith\""),
    EMAIL("email", CustomerFactsColumns.EMAIL, FieldType.TEXT, "E-mail address", "email ends with \"@acme.com\""),
    COMPANY("company", CustomerFactsColumns.COMPANY, FieldType.TEXT, "Company name (empty for private customers)",
            "company is not null"),
    CITY("city", CustomerFactsColumns.CITY, FieldType.TEXT, "City", "city = \"London\""),
    REGION("region", CustomerFactsColumns.REGION, FieldType.TEXT, "Region or state",
            "region in (\"North\", \"South\")"),
    COUNTRY("country", CustomerFactsColumns.COUNTRY, FieldType.TEXT, "Country", "country = \"GB\""),
    LIFECYCLE("lifecycle", CustomerFactsColumns.LIFECYCLE, FieldType.TEXT,
            "Lifecycle stage: New, Active, VIP, At-Risk or Dormant",
            "lifecycle = \"VIP\"", List.of("New", "Active", "VIP", "At-Risk", "Dormant")),
    CHURN("churn", CustomerFactsColumns.CHURN, FieldType.NUMBER,
            "Churn risk: probability of no order in the churn horizon, a year by default (0..1; 25% = 0.25)", "churn >= 25%",
            Attr.FRACTION),
    P_ALIVE("p_alive", CustomerFactsColumns.P_ALIVE, FieldType.NUMBER,
            "Probability the customer is still active (0..1)", "p_alive < 0.5",
            Attr.FRACTION),
    CLV("clv", CustomerFactsColumns.CLV, FieldType.NUMBER, "Predicted customer value over the next 12 months",
            "clv > 1000"),
    TOTAL_SPENT("total_spent", CustomerFactsColumns.TOTAL_SPENT, FieldType.NUMBER, "Total amount spent so far",
            "total_spent >= 500"),
    ORDERS("orders", CustomerFactsColumns.ORDERS, FieldType.INTEGER, "Number of orders so far", "orders = 1"),
    AOV("aov", CustomerFactsColumns.AOV, FieldType.NUMBER, "Average order value", "aov > 150"),
    RFM("rfm", CustomerFactsColumns.RFM, FieldType.TEXT,
            "RFM code: recency, frequency and monetary score, e.g. \"555\"", "rfm = \"555\""),
    R_SCORE("r_score", CustomerFactsColumns.R_SCORE, FieldType.INTEGER,
            "Recency score 1-5 (5 = bought most recently)", "r_score >= 4"),
    F_SCORE("f_score", CustomerFactsColumns.F_SCORE, FieldType.INTEGER, "Frequency score 1-5 (5 = orders most often)",
            "f_score >= 4"),
    M_SCORE("m_score", CustomerFactsColumns.M_SCORE, FieldType.INTEGER, "Monetary score 1-5 (5 = spends the most)",
            "m_score = 5"),
    RFM_GROUP("rfm_group", CustomerFactsColumns.RFM_GROUP, FieldType.TEXT,
            "Named RFM group", "rfm_group = \"Loyal\"",
            List.of("VIP", "Loyal", "New", "Promising", "Slipping", "Lost", "Regular")),
    DAYS_SINCE_LAST_ORDER("days_since_last_order", CustomerFactsColumns.DAYS_SINCE_LAST_ORDER, FieldType.INTEGER,
            "Days since the last order",
            "days_since_last_order > 60"),
    EXPECTED_ORDERS("expected_orders", CustomerFactsColumns.EXPECTED_ORDERS, FieldType.NUMBER,
            "Expected number of orders over the forecast horizon (90 days unless configured)", "expected_orders >= 1"),
    NEXT_ORDER_DATE("next_order_date", CustomerFactsColumns.NEXT_ORDER_DATE, FieldType.DATE,
            "Expected date of the next order",
            "next_order_date between 2025-01-01 and 2025-01-31"),
    SEGMENT("segment", CustomerFactsColumns.SEGMENTS, FieldType.SET,
            "All segments the customer belongs to (ids like VIP_HIGH_VALUE)",
            "segment = \"VIP_HIGH_VALUE\"", List.of(), Attr.UPPER_CASE_SET),
    PRIMARY_SEGMENT("primary_segment", CustomerFactsColumns.PRIMARY_SEGMENT, FieldType.TEXT,
            "The customer's main segment id",
            "primary_segment = \"AT_RISK\""),
    CHANNEL("channel", CustomerFactsColumns.CHANNEL, FieldType.TEXT, "Preferred channel: web, mobile, store or phone",
            "channel = \"mobile\""),
    CATEGORIES("categories", CustomerFactsColumns.CATEGORIES, FieldType.SET,
            "Product categories the customer has bought (lower-case)",
            "\"home\" in categories"),
    TAGS("tags", CustomerFactsColumns.TAGS, FieldType.SET, "Tags given to the customer (lower-case)",
            "tags contains any (\"b2b\", \"wholesale\")"),
    DISCOUNT_RATE("discount_rate", CustomerFactsColumns.DISCOUNT_RATE, FieldType.NUMBER,
            "Share of orders bought with a discount (0..1)",
            "discount_rate > 50%", Attr.FRACTION),
    ENGAGEMENT("engagement", CustomerFactsColumns.ENGAGEMENT, FieldType.NUMBER, "Engagement score 0..100",
            "engagement >= 70", Attr.POINTS),
    CREATED("created", CustomerFactsColumns.CREATED, FieldType.DATE, "Date the customer record was created",
            "created >= 2024-01-01"),
    FIRST_ORDER("first_order", CustomerFactsColumns.FIRST_ORDER, FieldType.DATE, "Date of the first order",
            "first_order > 30 days ago"),
    LAST_ORDER("last_order", CustomerFactsColumns.LAST_ORDER, FieldType.DATE, "Date of the most recent order",
            "last_order < 90 days ago"),
    TENURE_DAYS("tenure_days", CustomerFactsColumns.TENURE_DAYS, FieldType.INTEGER, "Days since the first order",
            "tenure_days > 365"),
    AVG_DAYS_BETWEEN_ORDERS("avg_days_between_orders", CustomerFactsColumns.AVG_DAYS_BETWEEN_ORDERS, FieldType.NUMBER,
            "Average days between orders",
            "avg_days_between_orders < 30"),
    HOLIDAY_SHARE("holiday_share", CustomerFactsColumns.HOLIDAY_SHARE, FieldType.NUMBER,
            "Share of orders placed in holiday/seasonal periods (0..1)",
            "holiday_share >= 60%", Attr.FRACTION),
    SPEND_TREND("spend_trend", CustomerFactsColumns.SPEND_TREND, FieldType.NUMBER,
            "Spend in the last 180 days divided by spend in the 180 days before (empty without earlier spend)",
            "spend_trend >= 1.5"),
    EMAIL_OPT_IN("email_opt_in", CustomerFactsColumns.EMAIL_OPT_IN, FieldType.TEXT,
            "Whether the customer agreed to marketing e-mail: yes or no", "email_opt_in = \"yes\"", List.of("yes", "no"));

    /** How a percentage literal ({@code 25%}) is read for a number field. */
    public enum PercentScale {
        /** The field is a share 0..1: {@code 25%} means 0.25. */
        FRACTION,
        /** The field is a score 0..100: {@code 25%} means 25. */
        POINTS,
        /** Percentages are not allowed. */
        NONE
    }

    private enum Attr { CASE_SENSITIVE, FRACTION, POINTS, UPPER_CASE_SET }

    /** Expected orders were named for a fixed 90 days; the horizon is a setting. */
    private static final Map<String, FilterField> FORMER_NAMES = Map.of("expected_orders_90d", EXPECTED_ORDERS);
    private static final Map<String, FilterField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(FilterField::fieldName, Function.identity()));

    private final String fieldName;
    private final Field<?> column;
    private final FieldType type;
    private final String description;
    private final String example;
    private final List<String> allowedValues;
    private final boolean caseSensitive;
    private final PercentScale percentScale;
    private final boolean upperCaseSet;

    FilterField(String name, Field<?> column, FieldType type, String description, String example, Attr... attrs) {
        this(name, column, type, description, example, List.of(), attrs);
    }

    FilterField(String name, Field<?> column, FieldType type, String description, String example,
                List<String> allowed, Attr... attrs) {
        List<Attr> a = List.of(attrs);
        this.fieldName = name;
        this.column = column;
        this.type = type;
        this.description = description;
        this.example = example;
        this.allowedValues = List.copyOf(allowed);
        this.caseSensitive = a.contains(Attr.CASE_SENSITIVE);
        this.percentScale = a.contains(Attr.FRACTION) ? PercentScale.FRACTION
                : a.contains(Attr.POINTS) ? PercentScale.POINTS : PercentScale.NONE;
        this.upperCaseSet = a.contains(Attr.UPPER_CASE_SET);
    }

    /** The name used in filter expressions, e.g. {@code churn}. */
    public String fieldName() { return fieldName; }

    /** The column of {@code customer_facts} holding the value, e.g. {@code segments}. */
    public String column() { return column.getName(); }

    public FieldType type() { return type; }

    public String description() { return description; }

    /** A short valid expression using the field. */
    public String example() { return example; }

    /** For enumerated text fields (lifecycle), the allowed values in canonical spelling; empty otherwise. */
    public List<String> allowedValues() { return allowedValues; }

    /** Whether text equality on this field is case-sensitive (only ids are). */
    public boolean caseSensitive() { return caseSensitive; }

    public PercentScale percentScale() { return percentScale; }

    /** Normalises a set member the way it is stored: upper-case for segment ids, lower-case otherwise. */
    public String normaliseMember(String value) {
        return upperCaseSet ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a field up by its expression name (case-insensitive); also accepts the column name, and names a field
     * had before, so saved rules and links keep working.
     */
    public static Optional<FilterField> byName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        FilterField f = BY_NAME.getOrDefault(key, FORMER_NAMES.get(key));
        if (f == null) {
            for (FilterField candidate : values()) {
                if (candidate.column().equals(key)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.ofNullable(f);
    }

    /** All fields, in catalogue order. */
    public static List<FilterField> all() {
        return List.of(values());
    }
}
