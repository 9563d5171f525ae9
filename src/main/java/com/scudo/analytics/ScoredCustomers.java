package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analytical store's customers as other modules read them: analytics owns customer_dim and the scores, and
 * the other modules ask here instead of naming its tables. One look-up serves every caller (the assistant, the
 * look-up API, the command line), so a name means the same customer everywhere. Filtered and sorted pages are
 * built with the filter language over {@link CustomerFactsColumns}.
 */
public interface ScoredCustomers {

    /**
     * The customer a reference means: an id or e-mail address exactly (e-mail in any case), else a name typed
     * loosely (any case, part of the name, words in any order, small typos). Several equally good fits give
     * candidates to choose from rather than a guess.
     */
    CustomerMatch lookup(WorkspaceId workspace, String reference);

    /** The customer with this e-mail address (any case), exactly. */
    Optional<CustomerId> byEmail(WorkspaceId workspace, String email);

    /** The customer's profile row with their scores and behaviour; empty when the store does not know them. */
    Optional<ScoredCustomer> find(WorkspaceId workspace, CustomerId customer);

    /** The customer's most recent snapshots, oldest first. */
    List<ScoreSnapshot> snapshots(WorkspaceId workspace, CustomerId customer, int latest);

    /** The reasons behind a customer's scores, in words, keyed rfm, churn, expected_orders, clv, next_order, lifecycle. */
    Map<String, String> reasons(WorkspaceId workspace, CustomerId customer);

    /** The date of the workspace's scores (the last run); empty before the first run. */
    Optional<LocalDate> scoredAsOf(WorkspaceId workspace);
}
