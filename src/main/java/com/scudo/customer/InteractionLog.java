package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;

/** Customer interactions in the operational store, idempotent on the interaction id. */
public interface InteractionLog {

    WriteOutcome record(Interaction interaction);

    List<Interaction> newestFirst(WorkspaceId workspace, CustomerId customer, int limit);
}
