package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;

/**
 * Assigns segments to a whole-workspace run (full run or re-score) while its scores are still staged, so that the swap
 * writes each score row once with its segments in it and readers see the run's scores and segments together. The
 * segment module implements it (analytics cannot depend on segments); without an implementation, or when it fails, the
 * run swaps as before: the visible segment columns stay until the segment step after {@link MetricsComputed} assigns
 * them.
 */
public interface StagedSegments {
    /**
     * Fills {@link ScoreTables.StagedSegmentColumns} for the customers of the run's stage
     * ({@link CustomerFactsColumns#STAGED}), before the swap of run {@code runId}. The segment step that follows the
     * run's {@link MetricsComputed} then writes only what the swap does not (the history).
     */
    void assignStaged(WorkspaceId workspace, LocalDate asOf, String runId);
}
