package com.scudo.recommendation.internal;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The tables recommendations read and write, named for jOOQ (qualified so joins stay unambiguous). */
final class Tables {
    private Tables() {
    }

    static final class Recs {
        static final String NAME = "recommendations";
        static final Table<?> TABLE = DSL.table(DSL.name(NAME));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> ID = text("recommendation_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<String> ACTION_TYPE = text("action_type");
        static final Field<String> OPEN_ACTION = text("open_action");
        static final Field<String> TITLE = text("title");
        static final Field<String> REASON = text("reason");
        static final Field<BigDecimal> EXPECTED_VALUE = DSL.field(DSL.name(NAME, "expected_value"), SQLDataType.NUMERIC(14, 2));
        static final Field<Integer> PRIORITY = DSL.field(DSL.name(NAME, "priority"), SQLDataType.INTEGER);
        static final Field<String> STATUS = text("status");
        static final Field<LocalDate> CREATED_ON = date("created_on");
        static final Field<LocalDate> GENERATED_ON = date("generated_on");
        static final Field<String> GENERATION_ID = text("generation_id");
        static final Field<OffsetDateTime> UPDATED_AT = time("updated_at");
        static final Field<OffsetDateTime> STATUS_CHANGED_AT = time("status_changed_at");
        static final Field<LocalDate> ACTED_ON = date("acted_on");
        static final Field<OffsetDateTime> ACTED_AT = time("acted_at");
        static final Field<OffsetDateTime> OUTCOME_CHECKED_AT = time("outcome_checked_at");
        static final Field<Boolean> ORDERED_AGAIN = DSL.field(DSL.name(NAME, "ordered_again"), SQLDataType.BOOLEAN);
        static final Field<Integer> OUTCOME_ORDERS = DSL.field(DSL.name(NAME, "outcome_orders"), SQLDataType.INTEGER);
        static final Field<BigDecimal> OUTCOME_REVENUE = DSL.field(DSL.name(NAME, "outcome_revenue"), SQLDataType.NUMERIC(14, 2));

        private static Field<String> text(String column) {
            return DSL.field(DSL.name(NAME, column), SQLDataType.VARCHAR);
        }

        private static Field<LocalDate> date(String column) {
            return DSL.field(DSL.name(NAME, column), SQLDataType.LOCALDATE);
        }

        private static Field<OffsetDateTime> time(String column) {
            return DSL.field(DSL.name(NAME, column), SQLDataType.TIMESTAMPWITHTIMEZONE);
        }
    }

    static final class Metrics {
        static final String NAME = "customer_metrics";
        static final Table<?> TABLE = DSL.table(DSL.name(NAME));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<Integer> ORDERS = DSL.field(DSL.name(NAME, "orders"), SQLDataType.INTEGER);
        static final Field<BigDecimal> TOTAL_SPENT = number("total_spent");
        static final Field<BigDecimal> AOV = number("aov");
        static final Field<Integer> DAYS_SINCE_LAST_ORDER = DSL.field(DSL.name(NAME, "days_since_last_order"), SQLDataType.INTEGER);
        static final Field<Integer> TENURE_DAYS = DSL.field(DSL.name(NAME, "tenure_days"), SQLDataType.INTEGER);
        static final Field<BigDecimal> CHURN = number("churn");
        static final Field<BigDecimal> P_ALIVE = number("p_alive");
        static final Field<BigDecimal> CLV = number("clv");
        static final Field<LocalDate> NEXT_ORDER_DATE = DSL.field(DSL.name(NAME, "next_order_date"), SQLDataType.LOCALDATE);
        static final Field<String> LIFECYCLE = text("lifecycle");
        static final Field<String> SEGMENTS = text("segments");
        static final Field<String> PRIMARY_SEGMENT = text("primary_segment");

        private static Field<String> text(String column) {
            return DSL.field(DSL.name(NAME, column), SQLDataType.VARCHAR);
        }

        private static Field<BigDecimal> number(String column) {
            return DSL.field(DSL.name(NAME, column), SQLDataType.NUMERIC);
        }
    }

    static final class Behaviour {
        static final String NAME = "behavioral_analytics";
        static final Table<?> TABLE = DSL.table(DSL.name(NAME));
        static final Field<String> WORKSPACE_ID = DSL.field(DSL.name(NAME, "workspace_id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = DSL.field(DSL.name(NAME, "customer_id"), SQLDataType.VARCHAR);
        static final Field<String> TOP_CATEGORY = DSL.field(DSL.name(NAME, "top_category"), SQLDataType.VARCHAR);
        static final Field<BigDecimal> TYPICAL_DAYS = DSL.field(DSL.name(NAME, "typical_days_between_orders"), SQLDataType.NUMERIC);
        static final Field<BigDecimal> AVG_DAYS = DSL.field(DSL.name(NAME, "avg_days_between_orders"), SQLDataType.NUMERIC);
    }

    static final class Customers {
        static final String NAME = "customer_dim";
        static final Table<?> TABLE = DSL.table(DSL.name(NAME));
        static final Field<String> WORKSPACE_ID = DSL.field(DSL.name(NAME, "workspace_id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = DSL.field(DSL.name(NAME, "customer_id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_NAME = DSL.field(DSL.name(NAME, "name"), SQLDataType.VARCHAR);
    }

    static final class Orders {
        static final String NAME = "order_facts";
        static final Table<?> TABLE = DSL.table(DSL.name(NAME));
        static final Field<String> WORKSPACE_ID = DSL.field(DSL.name(NAME, "workspace_id"), SQLDataType.VARCHAR);
        static final Field<String> ORDER_ID = DSL.field(DSL.name(NAME, "order_id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = DSL.field(DSL.name(NAME, "customer_id"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> ORDERED_AT = DSL.field(DSL.name(NAME, "ordered_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<BigDecimal> AMOUNT = DSL.field(DSL.name(NAME, "amount"), SQLDataType.NUMERIC(14, 2));
    }
}
