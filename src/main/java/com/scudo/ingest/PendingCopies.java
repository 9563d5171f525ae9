package com.scudo.ingest;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Records this server has acknowledged that the operational store does not hold yet (they wait in the recording
 * path's outbox for their copy, milliseconds, or longer under a backlog): a read of the operational store folds them
 * in, so a merchant who has just written a customer or an order sees it in the next view.
 */
public interface PendingCopies {

    /** The newest acknowledged version of each record not yet copied; none when everything is copied. */
    record Pending(Optional<CustomerProfile> profile, List<Order> orders, List<Interaction> interactions) {
        public static final Pending NONE = new Pending(Optional.empty(), List.of(), List.of());

        public Pending {
            orders = List.copyOf(orders);
            interactions = List.copyOf(interactions);
        }

        public boolean isEmpty() {
            return profile.isEmpty() && orders.isEmpty() && interactions.isEmpty();
        }
    }

    /**
     * The customer's records waiting for their operational copy. Costs nothing while every acknowledged write is
     * copied (the usual case), one indexed read of the outbox otherwise.
     */
    Pending of(WorkspaceId workspace, CustomerId customer);
}
