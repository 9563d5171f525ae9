package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/** An email open or click, a site visit, a support ticket or a campaign response. */
public record Interaction(
        WorkspaceId workspace,
        String id,
        CustomerId customerId,
        InteractionType type,
        String channel,
        Instant occurredAt,
        String detail) {

    public Interaction {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
