package com.scudo.workspace;

import com.scudo.shared.WorkspaceId;

import java.time.Instant;

/** A registered workspace: one merchant shop, with the name people see. */
public record Workspace(WorkspaceId id, String displayName, Instant createdAt, String createdBy) {
}
