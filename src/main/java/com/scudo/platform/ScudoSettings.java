package com.scudo.platform;

import com.scudo.shared.WorkspaceId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Product-wide settings. {@code workspace} is the workspace used when a request names none;
 * {@code maxRequestBytes} bounds every request body.
 */
@ConfigurationProperties("scudo")
public record ScudoSettings(String workspace, Long maxRequestBytes) {
    public ScudoSettings {
        workspace = workspace == null || workspace.isBlank() ? "demo" : workspace;
        maxRequestBytes = maxRequestBytes == null ? 1_048_576L : maxRequestBytes;
    }

    public WorkspaceId defaultWorkspace() {
        return WorkspaceId.of(workspace);
    }
}
