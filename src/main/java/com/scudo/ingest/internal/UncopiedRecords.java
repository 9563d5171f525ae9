package com.scudo.ingest.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.ingest.PendingCopies;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox rows of one customer still waiting for their operational copy, decoded; the newest row of a record wins. */
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
        Map<String, Outbox.Row> newest = new LinkedHashMap<>();
        for (Outbox.Row row : outbox.uncopied(workspace.value(), customer.value())) {
            newest.put(row.kind() + "/" + row.recordId(), row);
        }
        Optional<CustomerProfile> profile = Optional.empty();
        List<Order> orders = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        for (Outbox.Row row : newest.values()) {
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
