package com.scudo.analytics.internal;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The fact tables of the analytical store, named for jOOQ (no code generation needed). */
final class FactTables {
    private FactTables() {
    }

    static final class CustomerDim {
        static final Table<?> TABLE = DSL.table(DSL.name("customer_dim"));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<String> NAME = text("name");
        static final Field<String> EMAIL = text("email");
        static final Field<String> PHONE = text("phone");
        static final Field<String> COMPANY = text("company");
        static final Field<String> CITY = text("city");
        static final Field<String> REGION = text("region");
        static final Field<String> COUNTRY = text("country");
        static final Field<String> PREFERRED_CHANNEL = text("preferred_channel");
        static final Field<String> CATEGORIES = text("categories");
        static final Field<String> TAGS = text("tags");
        static final Field<Boolean> EMAIL_OPT_IN = DSL.field(DSL.name("customer_dim", "email_opt_in"), SQLDataType.BOOLEAN);
        static final Field<OffsetDateTime> CREATED_AT = time("created_at");
        static final Field<OffsetDateTime> UPDATED_AT = time("updated_at");
        static final Field<String> CONTENT_HASH = text("content_hash");

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("customer_dim", column), SQLDataType.VARCHAR);
        }

        private static Field<OffsetDateTime> time(String column) {
            return DSL.field(DSL.name("customer_dim", column), SQLDataType.TIMESTAMPWITHTIMEZONE);
        }
    }

    static final class OrderFacts {
        static final Table<?> TABLE = DSL.table(DSL.name("order_facts"));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> ORDER_ID = text("order_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<OffsetDateTime> ORDERED_AT = time("ordered_at");
        static final Field<BigDecimal> AMOUNT = money("amount");
        static final Field<String> CURRENCY = text("currency");
        static final Field<BigDecimal> DISCOUNT = money("discount");
        static final Field<String> CHANNEL = text("channel");
        static final Field<String> CATEGORIES = text("categories");
        static final Field<Integer> ITEM_COUNT = DSL.field(DSL.name("order_facts", "item_count"), SQLDataType.INTEGER);
        static final Field<Boolean> IS_SEASONAL = flag("is_seasonal");
        static final Field<Boolean> IS_GIFT = flag("is_gift");
        static final Field<Boolean> IS_BULK = flag("is_bulk");
        static final Field<Boolean> IS_RETURNED = flag("is_returned");
        static final Field<Boolean> IS_FIRST_ORDER = flag("is_first_order");
        static final Field<OffsetDateTime> RECORDED_AT = time("recorded_at");
        static final Field<String> CONTENT_HASH = text("content_hash");

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("order_facts", column), SQLDataType.VARCHAR);
        }

        private static Field<OffsetDateTime> time(String column) {
            return DSL.field(DSL.name("order_facts", column), SQLDataType.TIMESTAMPWITHTIMEZONE);
        }

        private static Field<BigDecimal> money(String column) {
            return DSL.field(DSL.name("order_facts", column), SQLDataType.NUMERIC(14, 2));
        }

        private static Field<Boolean> flag(String column) {
            return DSL.field(DSL.name("order_facts", column), SQLDataType.BOOLEAN);
        }
    }

    static final class InteractionFacts {
        static final Table<?> TABLE = DSL.table(DSL.name("interaction_facts"));
        static final Field<String> WORKSPACE_ID = text("workspace_id");
        static final Field<String> INTERACTION_ID = text("interaction_id");
        static final Field<String> CUSTOMER_ID = text("customer_id");
        static final Field<String> KIND = text("kind");
        static final Field<String> CHANNEL = text("channel");
        static final Field<OffsetDateTime> OCCURRED_AT =
                DSL.field(DSL.name("interaction_facts", "occurred_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<String> CONTENT_HASH = text("content_hash");

        private static Field<String> text(String column) {
            return DSL.field(DSL.name("interaction_facts", column), SQLDataType.VARCHAR);
        }
    }
}
