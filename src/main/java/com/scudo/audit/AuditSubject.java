package com.scudo.audit;

import com.scudo.shared.CustomerId;

import java.util.Objects;

/** What an action was done to: a customer (by id only), a segment, or the workspace's customers as a whole. */
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

    public static AuditSubject customers() {
        return new AuditSubject("customers", null);
    }
}
