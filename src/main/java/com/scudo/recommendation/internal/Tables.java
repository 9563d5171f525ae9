package com.scudo.recommendation.internal;

import com.scudo.analytics.ScoreTables;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The tables recommendations read and write, for jOOQ (qualified so joins stay unambiguous). */
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

    /** Analytics' scores, behaviour, profiles and orders, as it exports them for joins. */
    static final class Metrics {
        static final Table<?> TABLE = ScoreTables.Metrics.TABLE;
        static final Field<String> WORKSPACE_ID = ScoreTables.Metrics.WORKSPACE_ID;
        static final Field<String> CUSTOMER_ID = ScoreTables.Metrics.CUSTOMER_ID;
        static final Field<Integer> ORDERS = ScoreTables.Metrics.ORDERS;
        static final Field<BigDecimal> TOTAL_SPENT = ScoreTables.Metrics.TOTAL_SPENT;
        static final Field<BigDecimal> AOV = ScoreTables.Metrics.AOV;
        static final Field<Integer> DAYS_SINCE_LAST_ORDER = ScoreTables.Metrics.DAYS_SINCE_LAST_ORDER;
        static final Field<Integer> TENURE_DAYS = ScoreTables.Metrics.TENURE_DAYS;
        static final Field<BigDecimal> CHURN = ScoreTables.Metrics.CHURN;
        static final Field<BigDecimal> P_ALIVE = ScoreTables.Metrics.P_ALIVE;
        static final Field<BigDecimal> CLV = ScoreTables.Metrics.CLV;
        static final Field<LocalDate> NEXT_ORDER_DATE = ScoreTables.Metrics.NEXT_ORDER_DATE;
        static final Field<String> LIFECYCLE = ScoreTables.Metrics.LIFECYCLE;
        static final Field<String> SEGMENTS = ScoreTables.Metrics.SEGMENTS;
        static final Field<String> PRIMARY_SEGMENT = ScoreTables.Metrics.PRIMARY_SEGMENT;
    }

    static final class Behaviour {
        static final Table<?> TABLE = ScoreTables.Behaviour.TABLE;
        static final Field<String> WORKSPACE_ID = ScoreTables.Behaviour.WORKSPACE_ID;
        static final Field<String> CUSTOMER_ID = ScoreTables.Behaviour.CUSTOMER_ID;
        static final Field<String> TOP_CATEGORY = ScoreTables.Behaviour.TOP_CATEGORY;
        static final Field<BigDecimal> TYPICAL_DAYS = ScoreTables.Behaviour.TYPICAL_DAYS_BETWEEN_ORDERS;
        static final Field<BigDecimal> AVG_DAYS = ScoreTables.Behaviour.AVG_DAYS_BETWEEN_ORDERS;
    }

    static final class Customers {
        static final Table<?> TABLE = ScoreTables.Customers.TABLE;
        static final Field<String> WORKSPACE_ID = ScoreTables.Customers.WORKSPACE_ID;
        static final Field<String> CUSTOMER_ID = ScoreTables.Customers.CUSTOMER_ID;
        static final Field<String> CUSTOMER_NAME = ScoreTables.Customers.NAME;
    }

    static final class Orders {
        static final Table<?> TABLE = ScoreTables.Orders.TABLE;
        static final Field<String> WORKSPACE_ID = ScoreTables.Orders.WORKSPACE_ID;
        static final Field<String> ORDER_ID = ScoreTables.Orders.ORDER_ID;
        static final Field<String> CUSTOMER_ID = ScoreTables.Orders.CUSTOMER_ID;
        static final Field<OffsetDateTime> ORDERED_AT = ScoreTables.Orders.ORDERED_AT;
        static final Field<BigDecimal> AMOUNT = ScoreTables.Orders.AMOUNT;
    }
}
