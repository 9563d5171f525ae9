package com.scudo.identity;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;

/**
 * Identity resolution for a workspace: find the customers that are one person, merge them (automatically for
 * exact evidence when the workspace allows it), review the suggestions, take merges back.
 */
public interface IdentityResolution {

    /** Compares the workspace's customers (blocked, never all pairs): merges what may be merged, suggests the rest. */
    MatchRun findDuplicates(WorkspaceId workspace);

    MatchRun.Suggestions openSuggestions(WorkspaceId workspace, int limit);

    /** Accepts (merges) or rejects each pair; a pair no longer open is answered as it stands. */
    List<MatchRun.Decision> decide(WorkspaceId workspace, List<MatchRun.Pair> pairs, boolean accept);

    MergeResult merge(WorkspaceId workspace, CustomerId survivor, CustomerId merged);

    /** Restores both customers exactly as they were before the merge, scores included. */
    MergeResult unmerge(WorkspaceId workspace, String mergeId);

    List<MergeResult> merges(WorkspaceId workspace, CustomerId customerOrNull, int limit);

    boolean autoMerge(WorkspaceId workspace);

    void setAutoMerge(WorkspaceId workspace, boolean allowed);

    /** An id the customer has in another system (a connector's, an import's): the same one on two customers links them. */
    void linkExternalId(WorkspaceId workspace, String source, String externalId, CustomerId customer);
}
