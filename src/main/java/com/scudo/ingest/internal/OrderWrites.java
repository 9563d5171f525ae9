package com.scudo.ingest.internal;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.analytics.ImportedFacts;
import com.scudo.customer.Order;
import com.scudo.ingest.internal.LedgerTables.Ledger;
import com.scudo.money.Money;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writes of a group of orders in the recording transaction, flushed in one batch per table: the ledger
 * row of each (as sent), the purchases the models count (net of refunds, converted to the reporting currency
 * with the rate of the order's date), the orders taken out of them (refunded in full, cancelled, held for want
 * of a rate), and, for live writes, the outbox rows.
 */
final class OrderWrites {
    private final DSLContext sql;
    private final ImportedFacts stored;
    private final AnalyticalFacts facts;
    private final Money money;
    private final Outbox outbox;
    private final Clock clock;
    private final WorkspaceId workspace;
    private final String reporting;
    private final List<Order> purchases = new ArrayList<>();
    private final List<OrderId> notPurchases = new ArrayList<>();
    private final List<org.jooq.Query> ledgerWrites = new ArrayList<>();
    private final List<Outbox.Entry> entries = new ArrayList<>();
    private final boolean live;

    OrderWrites(DSLContext sql, ImportedFacts stored, AnalyticalFacts facts, Money money, Outbox outbox, Clock clock,
                WorkspaceId workspace, boolean live) {
        this.sql = sql;
        this.stored = stored;
        this.facts = facts;
        this.money = money;
        this.outbox = outbox;
        this.clock = clock;
        this.workspace = workspace;
        this.live = live;
        this.reporting = money.reportingCurrency(workspace);
    }

    Recording.Answer add(Order order, String print, String answerIfRecorded, boolean exists) {
        LocalDate day = order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Optional<BigDecimal> rate = money.rate(workspace, order.currency(), day);
        String state;
        Recording.Answer answer;
        if (rate.isEmpty()) {
            state = "held";
            answer = new Recording.Answer("held", "no " + order.currency() + " to " + reporting + " rate on or before " + day
                    + "; the order is kept and counted once a rate is loaded (POST /api/v1/exchange-rates)");
            notPurchases.add(order.id());
        } else if (!order.isPurchase()) {
            state = order.status().label();
            answer = new Recording.Answer(answerIfRecorded, null);
            notPurchases.add(order.id());
        } else {
            state = "purchase";
            answer = new Recording.Answer(answerIfRecorded, null);
            purchases.add(converted(order, rate.get()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        String payload = RecordJson.write(order);
        if (exists) {
            ledgerWrites.add(sql.update(Ledger.TABLE).set(Ledger.FINGERPRINT, print)
                    .set(Ledger.ORDERED_AT, order.orderedAt().atOffset(ZoneOffset.UTC)).set(Ledger.AMOUNT, order.amount())
                    .set(Ledger.CURRENCY, order.currency()).set(Ledger.REFUNDED, order.refunded())
                    .set(Ledger.STATE, state).set(Ledger.HELD_REASON, answer.reason())
                    .set(Ledger.LAST_ANSWER, answer.status()).set(Ledger.PAYLOAD, payload).set(Ledger.RECORDED_AT, now)
                    .where(Ledger.WORKSPACE_ID.eq(workspace.value())).and(Ledger.ORDER_ID.eq(order.id().value())));
        } else {
            ledgerWrites.add(sql.insertInto(Ledger.TABLE, Ledger.WORKSPACE_ID, Ledger.ORDER_ID, Ledger.CUSTOMER_ID,
                    Ledger.FINGERPRINT, Ledger.ORDERED_AT, Ledger.AMOUNT, Ledger.CURRENCY, Ledger.REFUNDED,
                    Ledger.STATE, Ledger.HELD_REASON, Ledger.LAST_ANSWER, Ledger.PAYLOAD, Ledger.RECORDED_AT)
                    .values(workspace.value(), order.id().value(), order.customerId().value(), print,
                            order.orderedAt().atOffset(ZoneOffset.UTC), order.amount(), order.currency(),
                            order.refunded(), state, answer.reason(), answer.status(), payload, now));
        }
        if (live) {
            entries.add(Outbox.Entry.order(order, payload, day));
        }
        return answer;
    }

    /** The purchase as the models count it: net of refunds, in the reporting currency. */
    private Order converted(Order order, BigDecimal rate) {
        if (rate.compareTo(BigDecimal.ONE) == 0 && order.refunded().signum() == 0) {
            return order;
        }
        return new Order(order.workspace(), order.id(), order.customerId(), order.orderedAt(),
                order.netAmount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN), reporting,
                order.discount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN), order.channel(), order.items(),
                order.flags());
    }

    void flush() {
        stored.upsert(List.of(), c -> null, purchases, RecordJson::fingerprint, List.of(), i -> null);
        facts.removeOrders(workspace, notPurchases);
        if (ledgerWrites.size() == 1) {
            ledgerWrites.get(0).execute();
        } else if (!ledgerWrites.isEmpty()) {
            sql.batch(ledgerWrites).execute();
        }
        outbox.append(entries, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
    }
}
