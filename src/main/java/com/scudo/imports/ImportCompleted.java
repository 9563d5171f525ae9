package com.scudo.imports;

import com.scudo.shared.WorkspaceId;

/** Published after an import finished and something changed: the analytics run should follow. */
public record ImportCompleted(WorkspaceId workspace, String jobId, ImportFormat format, ImportCounts counts) {
}
