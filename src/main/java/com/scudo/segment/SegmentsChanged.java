package com.scudo.segment;

import com.scudo.shared.WorkspaceId;

/**
 * Published after a segment of the workspace was created, edited or deleted (its customers re-assigned): every
 * customer's segments or their names may differ. Runs and refreshes publish {@link SegmentsAssigned} instead.
 */
public record SegmentsChanged(WorkspaceId workspace) {
}
