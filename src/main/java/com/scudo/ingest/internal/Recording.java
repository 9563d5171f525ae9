package com.scudo.ingest.internal;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.analytics.ImportedFacts;
import com.scudo.analytics.ImportedFacts.StoredCustomer;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.ingest.internal.LedgerTables.Ledger;
import com.scudo.money.Money;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.shared.ConflictException;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one recording path. Each call writes, in one transaction of the analytical store: the analytical
 * copy (purchases only, net of refunds, in the reporting currency), the order ledger (every order as
 * sent, for idempotency and for orders held back) and an outbox row per record. Only after the commit
 * does the caller acknowledge; the outbox then drives the operational copy ({@link OperationalCopier})
 * and the customer's re-score ({@link ScoreRefresher}), and survives a crash until both are done.
 */
@Component
public class Recording {
    private final DSLContext sql;
    private final ImportedFacts stored;
    private final AnalyticalFacts facts;
    private final Money money;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CustomerAliases aliases;

    Recording(DSLContext sql, ImportedFacts stored, AnalyticalFacts facts, Money money, Outbox outbox,
              TransactionTemplate transactions, Clock clock, CustomerAliases aliases) {
        this.aliases = aliases;
        this.sql = sql;
        this.stored = stored;
        this.facts = facts;
        this.money = money;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a write answered: created, updated, unchanged or held (with the reason). */
    public record Answer(String status, String reason) {
        static Answer of(String status) {
            return new Answer(status, null);
        }
    }

    /** The stored time and fingerprint of each customer that exists (used for createdAt and retries). */
    public Map<CustomerId, StoredCustomer> storedCustomers(WorkspaceId workspace, Collection<CustomerId> ids) {
        return stored.customers(workspace, ids);
    }

    public List<Answer> customers(WorkspaceId workspace, List<CustomerProfile> profiles) {
        return inTransaction(() -> {
            Map<CustomerId, StoredCustomer> known = stored.customers(workspace,
                    profiles.stream().map(CustomerProfile::id).toList());
            List<Answer> answers = new ArrayList<>();
            List<CustomerProfile> changed = new ArrayList<>();
            List<Outbox.Entry> entries = new ArrayList<>();
            Map<CustomerId, CustomerId> merged = aliases.survivorsOf(workspace, profiles.stream().map(CustomerProfile::id).toList());
            for (CustomerProfile profile : profiles) {
                if (merged.containsKey(profile.id())) {
                    // The survivor's profile is kept; its own update is where a change goes (docs/identity.md).
                    answers.add(new Answer("merged", "customer " + profile.id().value() + " was merged into "
                            + merged.get(profile.id()).value() + "; that customer's profile is kept"));
                    continue;
                }
                StoredCustomer before = known.get(profile.id());
                String print = RecordJson.fingerprint(profile);
                if (before != null && print.equals(before.fingerprint())) {
                    answers.add(Answer.of("unchanged"));
                    continue;
                }
                answers.add(Answer.of(before == null ? "created" : "updated"));
                changed.add(profile);
                entries.add(Outbox.Entry.customer(profile));
            }
            stored.upsert(changed, RecordJson::fingerprint, List.of(), o -> null, List.of(), i -> null);
            outbox.append(entries, now());
            return answers;
        });
    }

    /** An order and the workspace it belongs to: a group commit holds the orders of several. */
    public record WorkspaceOrder(WorkspaceId workspace, Order order) {
    }

    /**
     * Orders of one or more workspaces in one transaction, answered in the order given. Fails as a whole when one
     * of them fails ({@link OrderGroupCommit} then records them one by one).
     */
    List<Answer> orders(List<WorkspaceOrder> orders) {
        return inTransaction(() -> {
            Map<WorkspaceId, List<Integer>> positions = new java.util.LinkedHashMap<>();
            for (int i = 0; i < orders.size(); i++) {
                positions.computeIfAbsent(orders.get(i).workspace(), w -> new ArrayList<>()).add(i);
            }
            Answer[] answers = new Answer[orders.size()];
            positions.forEach((workspace, at) -> {
                List<Order> ofWorkspace = toSurvivors(workspace, at.stream().map(i -> orders.get(i).order()).toList());
                requireCustomers(workspace, ofWorkspace.stream().map(Order::customerId).toList());
                List<Answer> recorded = recordOrders(workspace, ofWorkspace, true);
                for (int j = 0; j < at.size(); j++) {
                    answers[at.get(j)] = recorded.get(j);
                }
            });
            return List.of(answers);
        });
    }

    public List<Answer> orders(WorkspaceId workspace, List<Order> sent) {
        return inTransaction(() -> {
            List<Order> orders = toSurvivors(workspace, sent);
            requireCustomers(workspace, orders.stream().map(Order::customerId).toList());
            return recordOrders(workspace, orders, true);
        });
    }

    /**
     * Orders of a file import, in the import's own transaction: the same rules as {@link #orders}, but an
     * order id of another customer is answered "rejected" (a row error) instead of failing the chunk, and no
     * outbox row is written: the import copies the chunk to the operational store from its file, journaled.
     */
    public List<Answer> importedOrders(WorkspaceId workspace, List<Order> orders) {
        return recordOrders(workspace, toSurvivors(workspace, orders), false);
    }

    /** Orders of a merged-away customer id are the survivor's (identity resolution's aliases). */
    private List<Order> toSurvivors(WorkspaceId workspace, List<Order> orders) {
        Map<CustomerId, CustomerId> merged = aliases.survivorsOf(workspace, orders.stream().map(Order::customerId).toList());
        return merged.isEmpty() ? orders : orders.stream().map(o -> merged.containsKey(o.customerId())
                ? withCustomer(o, merged.get(o.customerId())) : o).toList();
    }

    private static Order withCustomer(Order o, CustomerId customer) {
        return new Order(o.workspace(), o.id(), customer, o.orderedAt(), o.amount(), o.currency(), o.discount(),
                o.channel(), o.items(), o.flags(), o.refunded(), o.cancelled());
    }

    private static Interaction withCustomer(Interaction i, CustomerId customer) {
        return new Interaction(i.workspace(), i.id(), customer, i.type(), i.channel(), i.occurredAt(), i.detail());
    }

    /**
     * Moves recorded orders to another customer (identity resolution's merge and unmerge), in the caller's
     * transaction: the ledger and the refunds name the new customer, and each moved order and each of
     * {@code interactions} gets an outbox row, so the operational copier puts them under the new customer and the
     * refresher re-scores it. {@code onlyOrders} null moves all of {@code from}'s orders. Returns the ids moved.
     */
    public List<String> reassign(WorkspaceId workspace, CustomerId from, CustomerId to, Collection<String> onlyOrders,
                                 List<Interaction> interactions) {
        return inTransaction(() -> {
            var query = sql.select(Ledger.ORDER_ID, Ledger.PAYLOAD).from(Ledger.TABLE)
                    .where(Ledger.WORKSPACE_ID.eq(workspace.value())).and(Ledger.CUSTOMER_ID.eq(from.value()));
            List<Outbox.Entry> entries = new ArrayList<>();
            List<String> moved = new ArrayList<>();
            for (var row : (onlyOrders == null ? query : query.and(Ledger.ORDER_ID.in(onlyOrders))).orderBy(Ledger.ORDER_ID).fetch()) {
                Order order = withCustomer(RecordJson.order(row.value2()), to);
                String payload = RecordJson.write(order);
                sql.update(Ledger.TABLE).set(Ledger.CUSTOMER_ID, to.value()).set(Ledger.PAYLOAD, payload)
                        .set(Ledger.FINGERPRINT, RecordJson.fingerprint(order))
                        .where(Ledger.WORKSPACE_ID.eq(workspace.value())).and(Ledger.ORDER_ID.eq(row.value1())).execute();
                entries.add(Outbox.Entry.order(order, payload, order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate()));
                moved.add(row.value1());
            }
            if (!moved.isEmpty()) {
                sql.update(LedgerTables.Refunds.TABLE).set(LedgerTables.Refunds.CUSTOMER_ID, to.value())
                        .where(LedgerTables.Refunds.WORKSPACE_ID.eq(workspace.value()))
                        .and(LedgerTables.Refunds.ORDER_ID.in(moved)).execute();
            }
            interactions.forEach(i -> entries.add(Outbox.Entry.interaction(withCustomer(i, to))));
            outbox.append(entries, now());
            return moved;
        });
    }

    private List<Answer> recordOrders(WorkspaceId workspace, List<Order> orders, boolean live) {
        Map<String, LedgerRow> ledger = ledger(workspace, orders.stream().map(o -> o.id().value()).toList());
        List<Answer> answers = new ArrayList<>();
        OrderWrites writes = new OrderWrites(sql, stored, facts, money, outbox, clock, workspace, live);
        for (Order order : orders) {
            LedgerRow before = ledger.get(order.id().value());
            if (before != null && !before.customerId().equals(order.customerId().value())) {
                String problem = "Order " + order.id().value() + " is already recorded for another "
                        + "customer of this workspace; an order id names one order";
                if (live) {
                    throw new ConflictException(problem);
                }
                answers.add(new Answer("rejected", problem));
                continue;
            }
            String print = RecordJson.fingerprint(order);
            if (before != null && before.fingerprint().equals(print)) {
                // A retry answers as the first time did; a file imported again counts its orders as unchanged.
                answers.add(live ? new Answer(before.lastAnswer(), before.heldReason()) : Answer.of("unchanged"));
                continue;
            }
            Answer answer = writes.add(order, print, before == null ? "created" : "updated", before != null);
            ledger.put(order.id().value(), new LedgerRow(order.customerId().value(), print, answer.status(),
                    answer.reason(), null));
            answers.add(answer);
        }
        writes.flush();
        return answers;
    }

    /**
     * The answer of an order the ledger holds exactly as sent (same customer, same content), else empty: after a
     * failure whose outcome is unknown (the commit itself failed), whether the order is recorded after all.
     */
    Optional<Answer> recordedAsSent(WorkspaceId workspace, Order sent) {
        Order order = toSurvivors(workspace, List.of(sent)).get(0);
        LedgerRow row = ledger(workspace, List.of(order.id().value())).get(order.id().value());
        return row != null && row.customerId().equals(order.customerId().value())
                && row.fingerprint().equals(RecordJson.fingerprint(order))
                ? Optional.of(new Answer(row.lastAnswer(), row.heldReason())) : Optional.empty();
    }

    /** The order as last recorded (as sent, in its own currency), if any. */
    public Optional<Order> recordedOrder(WorkspaceId workspace, OrderId id) {
        LedgerRow row = ledger(workspace, List.of(id.value())).get(id.value());
        return Optional.ofNullable(row).map(r -> RecordJson.order(r.payload()));
    }

    /** Re-records orders already in the ledger with a new content (a refund), or again (released from hold). */
    Answer rerecord(WorkspaceId workspace, Order order, String answerIfRecorded) {
        OrderWrites writes = new OrderWrites(sql, stored, facts, money, outbox, clock, workspace, true);
        Answer answer = writes.add(order, RecordJson.fingerprint(order), answerIfRecorded, true);
        writes.flush();
        return answer;
    }

    public List<Answer> interactions(WorkspaceId workspace, List<Interaction> sent) {
        return inTransaction(() -> {
            Map<CustomerId, CustomerId> merged = aliases.survivorsOf(workspace, sent.stream().map(Interaction::customerId).toList());
            List<Interaction> interactions = sent.stream().map(i -> merged.containsKey(i.customerId())
                    ? withCustomer(i, merged.get(i.customerId())) : i).toList();
            requireCustomers(workspace, interactions.stream().map(Interaction::customerId).toList());
            Map<String, String> known = stored.interactions(workspace, interactions.stream().map(Interaction::id).toList());
            List<Answer> answers = new ArrayList<>();
            List<Interaction> changed = new ArrayList<>();
            List<Outbox.Entry> entries = new ArrayList<>();
            for (Interaction interaction : interactions) {
                String print = RecordJson.fingerprint(interaction);
                String before = known.get(interaction.id());
                if (print.equals(before)) {
                    answers.add(Answer.of("unchanged"));
                    continue;
                }
                answers.add(Answer.of(known.containsKey(interaction.id()) ? "updated" : "created"));
                changed.add(interaction);
                entries.add(Outbox.Entry.interaction(interaction));
            }
            stored.upsert(List.of(), c -> null, List.of(), o -> null, changed, RecordJson::fingerprint);
            outbox.append(entries, now());
            return answers;
        });
    }

    <T> T inTransaction(java.util.function.Supplier<T> work) {
        T result = transactions.execute(status -> work.get());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.committed();
                }
            });
        } else {
            outbox.committed();
        }
        return result;
    }

    private void requireCustomers(WorkspaceId workspace, List<CustomerId> ids) {
        LinkedHashSet<CustomerId> wanted = new LinkedHashSet<>(ids);
        wanted.removeAll(stored.customers(workspace, wanted).keySet());
        if (!wanted.isEmpty()) {
            throw new InvalidInputException("customerId", "customer '" + wanted.iterator().next().value()
                    + "' does not exist in this workspace; add the customer first");
        }
    }

    record LedgerRow(String customerId, String fingerprint, String lastAnswer, String heldReason, String payload) {
    }

    private Map<String, LedgerRow> ledger(WorkspaceId workspace, List<String> orderIds) {
        Map<String, LedgerRow> rows = new HashMap<>();
        if (orderIds.isEmpty()) {
            return rows;
        }
        sql.select(Ledger.ORDER_ID, Ledger.CUSTOMER_ID, Ledger.FINGERPRINT, Ledger.LAST_ANSWER,
                        Ledger.HELD_REASON, Ledger.PAYLOAD).from(Ledger.TABLE)
                .where(WorkspaceKeys.in(sql, Ledger.WORKSPACE_ID, workspace.value(), Ledger.ORDER_ID, orderIds))
                .fetch().forEach(r -> rows.put(r.value1(), new LedgerRow(r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
        return rows;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
