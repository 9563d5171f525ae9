package com.scudo.security;

import com.scudo.shared.WorkspaceId;

import java.util.List;

/** API keys per workspace for the REST API and ingest. */
public interface ApiKeys {

    /** Creates a key for a registered workspace; the secret is returned here only. */
    IssuedApiKey create(WorkspaceId workspace, ApiKeyScope scope, String name, String createdBy);

    List<ApiKey> list(WorkspaceId workspace);

    /** Revokes a key of this workspace; a key of another workspace is "not found". */
    ApiKey revoke(WorkspaceId workspace, String keyId);
}
