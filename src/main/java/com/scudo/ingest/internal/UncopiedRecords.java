package com.scudo.ingest.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.ingest.PendingCopies;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outbox rows of one customer still waiting for their operational copy, decoded, as the copier reads them. */
@Component
class UncopiedRecords implements PendingCopies {
    private final Outbox outbox;

    UncopiedRecords(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Pending of(WorkspaceId workspace, CustomerId customer) {
        if (outbox.allCopied()) {
            return Pending.NONE;
        }

        Optional<CustomerProfile> profile = Optional.empty();
        List<Order> orders = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        for (Outbox.Row row : Outbox.newestPerRecord(outbox.uncopied(workspace.value(), customer.value()))) {
            switch (row.kind()) {
                case "customer" -> profile = Optional.of(RecordJson.customer(row.payload()));
                case "order" -> orders.add(RecordJson.order(row.payload()));
                case "interaction" -> interactions.add(RecordJson.interaction(row.payload()));
                default -> {
                    // an unknown kind is the copier's to report; a view shows what it can
                }
            }
        }
        return new Pending(profile, orders, interactions);
    }
}
