package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A customer's rows in the analytical store as a whole, for identity resolution: what a merge moves and what an
 * unmerge puts back. The tables are analytics' own (profile, order and interaction facts, scores, behaviour);
 * the other modules see them only as a {@link Snapshot}. Call the writes inside the caller's transaction.
 */
public interface CustomerRows {

    /** Rows by table, each row column → value as text (null stays null), in primary-key order. */
    record Snapshot(Map<String, List<Map<String, String>>> tables) {
    }

    /** Every row of these customers in customer_dim, order_facts, interaction_facts, customer_metrics and
     * behavioral_analytics. */
    Snapshot snapshot(WorkspaceId workspace, Collection<CustomerId> customers);

    /**
     * Moves {@code from}'s order and interaction facts to {@code to} and removes {@code from}'s profile row, scores
     * and behaviour (the survivor is re-scored from the combined history).
     */
    void moveHistory(WorkspaceId workspace, CustomerId from, CustomerId to);

    /**
     * Puts the snapshot's rows back as they were: the customers' profile, score and behaviour rows are replaced by
     * the snapshot's, and the facts the snapshot lists are put back under their customer. Facts recorded since (not in
     * the snapshot) stay where they are.
     */
    void restore(WorkspaceId workspace, Collection<CustomerId> customers, Snapshot snapshot);
}
