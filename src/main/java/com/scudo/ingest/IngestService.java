package com.scudo.ingest;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.PendingSync.PendingCustomer;
import com.scudo.customer.PendingSync.PendingInteraction;
import com.scudo.customer.PendingSync.PendingOrder;
import com.scudo.customer.WriteOutcome;
import com.scudo.ingest.internal.AnalyticsSync;
import com.scudo.ingest.internal.CommandValidator;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes customers, orders and interactions: validate, write the operational record (idempotent on
 * its id), copy it to the analytical store, and announce new orders so scores refresh.
 */
@Service
public class IngestService {
    private final CustomerProfiles profiles;
    private final OrderHistory orders;
    private final InteractionLog interactions;
    private final AnalyticsSync sync;
    private final CommandValidator validator;

    IngestService(CustomerProfiles profiles, OrderHistory orders, InteractionLog interactions,
                  AnalyticsSync sync, Clock clock) {
        this.profiles = profiles;
        this.orders = orders;
        this.interactions = interactions;
        this.sync = sync;
        this.validator = new CommandValidator(clock);
    }

    public IngestResult upsertCustomer(WorkspaceId workspace, CustomerCommand command) {
        CustomerProfile existing = command.id() != null && CustomerId.isValid(command.id().trim())
                ? profiles.find(workspace, CustomerId.of(command.id().trim())).orElse(null) : null;
        CustomerProfile profile = validator.customer(workspace, command, existing == null ? null : existing.createdAt());
        if (existing != null && existing.sameContentAs(profile)) {
            profile = existing; // a retry: keep the stored update time, so nothing changes
        }
        WriteOutcome outcome = profiles.save(profile);
        boolean synced = sync.copy(new PendingCustomer(profile, outcome.syncToken()), outcome.changed());
        return result("customer", profile.id().value(), outcome, synced);
    }

    public IngestResult recordOrder(WorkspaceId workspace, OrderCommand command) {
        Order order = validator.order(workspace, command);
        requireCustomer(workspace, order.customerId());
        WriteOutcome outcome = orders.record(order);
        boolean synced = sync.copy(new PendingOrder(order, outcome.syncToken()), outcome.changed());
        return result("order", order.id().value(), outcome, synced);
    }

    public IngestResult recordInteraction(WorkspaceId workspace, InteractionCommand command) {
        Interaction interaction = validator.interaction(workspace, command);
        requireCustomer(workspace, interaction.customerId());
        WriteOutcome outcome = interactions.record(interaction);
        boolean synced = sync.copy(new PendingInteraction(interaction, outcome.syncToken()), outcome.changed());
        return result("interaction", interaction.id(), outcome, synced);
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

    /** Copies whatever an earlier failure left pending; returns how many records were copied. */
    public int replayPending() {
        return sync.replayPending();
    }

    private void requireCustomer(WorkspaceId workspace, CustomerId customer) {
        if (profiles.find(workspace, customer).isEmpty()) {
            throw new InvalidInputException("customerId",
                    "customer '" + customer.value() + "' does not exist in this workspace; add the customer first");
        }
    }

    private static IngestResult result(String kind, String id, WriteOutcome outcome, boolean synced) {
        return new IngestResult(kind, id, outcome.status().name().toLowerCase(Locale.ROOT), synced);
    }
}
