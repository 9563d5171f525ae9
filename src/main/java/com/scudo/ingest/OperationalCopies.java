package com.scudo.ingest;

/**
 * Progress of the copies from the recording path's outbox to the operational store, for those who must not race
 * them: an erasure that deleted a customer's outbox rows checks that no copy read them before and wrote them after.
 */
public interface OperationalCopies {
    /** A mark to compare with later: taken before deleting records a copy might be carrying. */
    long mark();

    /**
     * Whether a copy that carried records of this customer ran (or started) since the mark: it may have read records
     * deleted meanwhile and written them to the operational store after. Waits for a copy under way to finish first.
     */
    boolean copiedSince(long mark, com.scudo.shared.WorkspaceId workspace, com.scudo.shared.CustomerId customer);
}
