package com.scudo.identity;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Map;

/** What identity resolution holds about a customer, for access requests and erasure (the privacy module). */
public interface IdentityPersonalData {

    /** The old ids and e-mails that find the customer, external ids, merges and open suggestions naming them. */
    Map<String, List<Map<String, Object>>> read(WorkspaceId workspace, CustomerId customer);

    /** Removes all of it (aliases of merged-away ids and e-mails included); returns the rows removed per table. */
    Map<String, Integer> erase(WorkspaceId workspace, CustomerId customer);
}
