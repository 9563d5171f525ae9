package com.scudo.audit;

import com.scudo.shared.CustomerId;

import java.util.Objects;

/**
 * What an action was done to: a customer (by id only), a segment, the workspace's customers as a whole, or, for
 * security events, a user (by sign-in name), an API key (by its public id) or a workspace.
 */
public record AuditSubject(String type, String id) {

    public AuditSubject {
        Objects.requireNonNull(type, "type");
    }

    public static AuditSubject customer(CustomerId id) {
        return new AuditSubject("customer", id.value());
    }

    public static AuditSubject segment(String segmentId) {
        return new AuditSubject("segment", segmentId);
    }

    public static AuditSubject user(String username) {
        return new AuditSubject("user", username);
    }

    public static AuditSubject apiKey(String keyId) {
        return new AuditSubject("api_key", keyId);
    }

    public static AuditSubject workspace(String workspaceId) {
        return new AuditSubject("workspace", workspaceId);
    }

    public static AuditSubject customers() {
        return new AuditSubject("customers", null);
    }
}
