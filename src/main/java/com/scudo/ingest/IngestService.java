package com.scudo.ingest;

import com.scudo.analytics.ImportedFacts.StoredCustomer;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.ingest.internal.AnalyticsSync;
import com.scudo.ingest.internal.CommandValidator;
import com.scudo.ingest.internal.IngestMeters;
import com.scudo.ingest.internal.OrderGroupCommit;
import com.scudo.ingest.internal.RaceRetry;
import com.scudo.ingest.internal.Recording;
import com.scudo.ingest.internal.Refunds;
import com.scudo.ingest.internal.SyncStatus;
import com.scudo.money.Money;
import com.scudo.platform.Problems;
import com.scudo.platform.RequestBudget;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes customers, orders, interactions and refunds through the one recording path: validate, make the
 * write durable in the analytical store with its outbox row (idempotent on the record's id), acknowledge.
 * The operational copy and the customer's re-score follow off the request (see docs/write-path.md).
 */
@Service
public class IngestService {
    /** Orders in one batch request: a few hundred kilobytes of JSON, well inside the request size limit. */
    public static final int MAX_BATCH_ORDERS = 500;

    private final Recording recording;
    private final OrderGroupCommit groupCommit;
    private final Refunds refunds;
    private final AnalyticsSync legacySync;
    private final SyncStatus sync;
    private final IngestMeters meters;
    private final CommandValidator validator;
    private final RequestBudget budget;

    IngestService(Recording recording, OrderGroupCommit groupCommit, Refunds refunds, AnalyticsSync legacySync, SyncStatus sync, IngestMeters meters,
                  Money money, Clock clock, RequestBudget budget) {
        this.budget = budget;
        this.recording = recording;
        this.groupCommit = groupCommit;
        this.refunds = refunds;
        this.legacySync = legacySync;
        this.sync = sync;
        this.meters = meters;
        this.validator = new CommandValidator(clock, money::reportingCurrency);
    }

    public IngestResult upsertCustomer(WorkspaceId workspace, CustomerCommand command) {
        return attempt(() -> {
            Instant createdAt = null;
            if (command.id() != null && CustomerId.isValid(command.id().trim())) {
                CustomerId id = CustomerId.of(command.id().trim());
                StoredCustomer stored = recording.storedCustomers(workspace, List.of(id)).get(id);
                createdAt = stored == null ? null : stored.createdAt();
            }
            CustomerProfile profile = validator.customer(workspace, command, createdAt);
            return result("customer", profile.id().value(), recording.customers(workspace, List.of(profile)).get(0));
        });
    }

    public IngestResult recordOrder(WorkspaceId workspace, OrderCommand command) {
        Order order = validator.order(workspace, command);
        // Committed together with other requests' orders when several arrive at once (one flush to disk for all).
        return result("order", order.id().value(), groupCommit.record(workspace, order));
    }

    /**
     * Up to {@link #MAX_BATCH_ORDERS} orders sent in one request, each checked and recorded as its own request would
     * be (the same validation, idempotency and conflicts), committed together; a refused or failed order affects no
     * other. For a shop or a connector with many orders to send, one request carries the fixed cost of many; it
     * weighs as many requests as it has orders against its caller's rate limit, taken before anything is written.
     */
    public OrderBatchResult recordOrderBatch(WorkspaceId workspace, List<OrderCommand> commands) {
        if (commands == null || commands.isEmpty()) {
            throw new InvalidInputException("orders", "send at least one order in \"orders\"");
        }
        if (commands.size() > MAX_BATCH_ORDERS) {
            throw new InvalidInputException("orders", "at most " + MAX_BATCH_ORDERS + " orders in one request; this one has "
                    + commands.size() + ": send the rest in another request");
        }
        budget.weigh(commands.size());
        OrderBatchResult.Item[] items = new OrderBatchResult.Item[commands.size()];
        List<Order> valid = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            OrderCommand command = commands.get(i);
            try {
                if (command == null) {
                    throw new InvalidInputException("orders[" + i + "]", "an order is an object, not null");
                }
                valid.add(validator.order(workspace, command));
                positions.add(i);
            } catch (RuntimeException invalid) {
                // A failure of ours while checking fails the request: nothing is written yet.
                ProblemDetail refusal = Problems.refusal(invalid).orElseThrow(() -> invalid);
                items[i] = new OrderBatchResult.Item(i, trimmed(command == null ? null : command.id()),
                        OrderBatchResult.REFUSED, null, refusal);
            }
        }
        List<OrderGroupCommit.Outcome> outcomes = groupCommit.recordAll(workspace, valid);
        int acknowledged = 0;
        for (int j = 0; j < outcomes.size(); j++) {
            int i = positions.get(j);
            String id = valid.get(j).id().value();
            OrderGroupCommit.Outcome outcome = outcomes.get(j);
            if (outcome.error() == null) {
                items[i] = new OrderBatchResult.Item(i, id, outcome.answer().status(), outcome.answer().reason(), null);
                acknowledged++;
            } else {
                items[i] = notRecorded(i, id, outcome.error());
            }
        }
        meters.acknowledged(acknowledged);
        return OrderBatchResult.of(List.of(items));
    }

    /** Refused with the problem the order's own request would have got, or failed (ours) and safe to send again. */
    private static OrderBatchResult.Item notRecorded(int index, String id, RuntimeException why) {
        return Problems.refusal(why)
                .map(refusal -> new OrderBatchResult.Item(index, id, OrderBatchResult.REFUSED, null, refusal))
                .orElseGet(() -> new OrderBatchResult.Item(index, id, OrderBatchResult.FAILED, null,
                        Problems.serverError(why, "Order " + id.replace("%", "%%") + " was not recorded: something "
                                + "went wrong on our side. Send it again (a retry is safe: an order is never recorded "
                                + "twice), and quote error id %s if it persists.")));
    }

    private static String trimmed(String id) {
        return id == null ? null : id.trim();
    }

    /** Records a customer's orders in one transaction (the demo load): as {@link #recordOrder} for each. */
    public List<IngestResult> recordOrders(WorkspaceId workspace, List<OrderCommand> commands) {
        List<Order> orders = commands.stream().map(c -> validator.order(workspace, c)).toList();
        List<Recording.Answer> answers = attempt(() -> recording.orders(workspace, orders));
        return java.util.stream.IntStream.range(0, orders.size())
                .mapToObj(i -> result("order", orders.get(i).id().value(), answers.get(i))).toList();
    }

    /**
     * The orders of one import chunk, in the import's transaction: ledger, conversion and refunds as for live
     * orders; status "rejected" (with the reason) for an order id another customer holds. The import itself
     * copies the chunk to the operational store.
     */
    public List<IngestResult> recordImportedOrders(WorkspaceId workspace, List<Order> orders) {
        List<Recording.Answer> answers = recording.importedOrders(workspace, orders);
        return java.util.stream.IntStream.range(0, orders.size()).mapToObj(i -> new IngestResult("order",
                orders.get(i).id().value(), answers.get(i).status(), true, answers.get(i).reason())).toList();
    }

    public IngestResult recordInteraction(WorkspaceId workspace, InteractionCommand command) {
        Interaction interaction = validator.interaction(workspace, command);
        return attempt(() -> result("interaction", interaction.id(),
                recording.interactions(workspace, List.of(interaction)).get(0)));
    }

    /** A refund of an order already recorded; 404 when the order is unknown, 409 when its id names another refund. */
    public IngestResult refund(WorkspaceId workspace, String orderId, RefundCommand command) {
        return attempt(() -> {
            Recording.Answer answer = refunds.refund(workspace, orderId, command);
            return result("refund", command.id() == null ? null : command.id().trim(), answer);
        });
    }

    /** The profile a command describes, checked by the same rules as {@link #upsertCustomer}; nothing is written. */
    public CustomerProfile validCustomer(WorkspaceId workspace, CustomerCommand command, Instant storedCreatedAt) {
        return validator.customer(workspace, command, storedCreatedAt);
    }

    /** The order a command describes, checked by the same rules as {@link #recordOrder}; nothing is written. */
    public Order validOrder(WorkspaceId workspace, OrderCommand command) {
        return validator.order(workspace, command);
    }

    /** The interaction a command describes, checked as in {@link #recordInteraction}; nothing is written. */
    public Interaction validInteraction(WorkspaceId workspace, InteractionCommand command) {
        return validator.interaction(workspace, command);
    }

    /**
     * Moves recorded orders (all of {@code from}'s when {@code onlyOrders} is null) and the given interactions to
     * another customer, through the recording path: identity resolution's merges and unmerges. Joins the caller's
     * transaction; returns the order ids moved.
     */
    public List<String> moveRecords(WorkspaceId workspace, CustomerId from, CustomerId to,
                                    java.util.Collection<String> onlyOrders, List<Interaction> interactions) {
        return recording.reassign(workspace, from, to, onlyOrders, interactions);
    }

    /** Records profiles exactly as given (times included), joining the caller's transaction: a merge's survivor. */
    public void recordProfiles(WorkspaceId workspace, List<CustomerProfile> profiles) {
        recording.customers(workspace, profiles);
    }

    /**
     * Works off whatever is still waiting now, in this thread: records an older version left pending in the
     * operational store, then the outbox. Returns how many records were copied.
     */
    public int replayPending() {
        return legacySync.replayPending() + sync.drainNow();
    }

    /** The outbox backlog and the lags of the last minutes. */
    public SyncStatus.Figures syncStatus() {
        return sync.figures();
    }

    private <T> T attempt(Supplier<T> write) {
        return RaceRetry.attempt(write);
    }

    private IngestResult result(String kind, String id, Recording.Answer answer) {
        meters.acknowledged(1);
        return new IngestResult(kind, id, answer.status(), true, answer.reason());
    }
}
