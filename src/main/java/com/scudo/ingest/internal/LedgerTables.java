package com.scudo.ingest.internal;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The recording path's own tables: the order ledger, refunds and the outbox (V80). */
final class LedgerTables {
    private LedgerTables() {
    }

    static final class Ledger {
        static final Table<?> TABLE = DSL.table(DSL.name("order_ledger"));
        static final Field<String> WORKSPACE_ID = text("order_ledger", "workspace_id");
        static final Field<String> ORDER_ID = text("order_ledger", "order_id");
        static final Field<String> CUSTOMER_ID = text("order_ledger", "customer_id");
        static final Field<String> FINGERPRINT = text("order_ledger", "fingerprint");
        static final Field<OffsetDateTime> ORDERED_AT = time("order_ledger", "ordered_at");
        static final Field<BigDecimal> AMOUNT = money("order_ledger", "amount");
        static final Field<String> CURRENCY = text("order_ledger", "currency");
        static final Field<BigDecimal> REFUNDED = money("order_ledger", "refunded");
        static final Field<String> STATE = text("order_ledger", "state");
        static final Field<String> HELD_REASON = text("order_ledger", "held_reason");
        static final Field<String> LAST_ANSWER = text("order_ledger", "last_answer");
        static final Field<String> PAYLOAD = text("order_ledger", "payload");
        static final Field<OffsetDateTime> RECORDED_AT = time("order_ledger", "recorded_at");

        private Ledger() {
        }
    }

    static final class Refunds {
        static final Table<?> TABLE = DSL.table(DSL.name("order_refunds"));
        static final Field<String> WORKSPACE_ID = text("order_refunds", "workspace_id");
        static final Field<String> REFUND_ID = text("order_refunds", "refund_id");
        static final Field<String> ORDER_ID = text("order_refunds", "order_id");
        static final Field<String> CUSTOMER_ID = text("order_refunds", "customer_id");
        static final Field<BigDecimal> AMOUNT = money("order_refunds", "amount");
        static final Field<OffsetDateTime> REFUNDED_AT = time("order_refunds", "refunded_at");

        private Refunds() {
        }
    }

    static final class Outbox {
        static final Table<?> TABLE = DSL.table(DSL.name("recording_outbox"));
        static final Field<Long> SEQ = DSL.field(DSL.name("recording_outbox", "seq"), SQLDataType.BIGINT);
        static final Field<String> WORKSPACE_ID = text("recording_outbox", "workspace_id");
        static final Field<String> CUSTOMER_ID = text("recording_outbox", "customer_id");
        static final Field<String> KIND = text("recording_outbox", "kind");
        static final Field<String> RECORD_ID = text("recording_outbox", "record_id");
        static final Field<String> PAYLOAD = text("recording_outbox", "payload");
        static final Field<LocalDate> DAY_OF = DSL.field(DSL.name("recording_outbox", "day_of"), SQLDataType.LOCALDATE);
        static final Field<Boolean> COPIED = DSL.field(DSL.name("recording_outbox", "copied"), SQLDataType.BOOLEAN);
        static final Field<Boolean> REFRESHED = DSL.field(DSL.name("recording_outbox", "refreshed"), SQLDataType.BOOLEAN);
        static final Field<OffsetDateTime> RECORDED_AT = time("recording_outbox", "recorded_at");

        private Outbox() {
        }
    }

    private static Field<String> text(String table, String column) {
        return DSL.field(DSL.name(table, column), SQLDataType.VARCHAR);
    }

    private static Field<OffsetDateTime> time(String table, String column) {
        return DSL.field(DSL.name(table, column), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    private static Field<BigDecimal> money(String table, String column) {
        return DSL.field(DSL.name(table, column), SQLDataType.NUMERIC(14, 2));
    }
}
