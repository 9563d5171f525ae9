package com.scudo.audit;

import java.util.Locale;
import java.util.Optional;

/** What an audit event records. The code is what the API and the CLI show and filter on. */
public enum AuditAction {
    CUSTOMER_VIEWED("customer.viewed"),
    CUSTOMERS_EXPORTED("customers.exported"),
    SEGMENT_EXPORTED("segment.exported"),
    SEGMENT_CREATED("segment.created"),
    SEGMENT_UPDATED("segment.updated"),
    SEGMENT_DELETED("segment.deleted"),
    CUSTOMER_DATA_EXPORTED("customer.data_exported"),
    CUSTOMER_ERASED("customer.erased"),
    CUSTOMERS_MERGED("customer.merged"),
    CUSTOMERS_UNMERGED("customer.unmerged"),
    MERGE_SUGGESTION_REJECTED("customer.merge_rejected"),
    WORKSPACE_CREATED("workspace.created"),
    USER_CREATED("user.created"),
    FIRST_ADMIN_CREATED("user.first_admin"),
    MEMBERSHIP_ADDED("membership.added"),
    MEMBERSHIP_REMOVED("membership.removed"),
    ROLE_CHANGED("membership.role_changed"),
    SIGN_IN_LOCKED("user.locked"),
    SIGN_IN_UNLOCKED("user.unlocked"),
    API_KEY_CREATED("api_key.created"),
    API_KEY_REVOKED("api_key.revoked");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Accepts the code ({@code customer.viewed}) or the constant's name, any case. */
    public static Optional<AuditAction> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (AuditAction action : values()) {
            if (action.code.equals(wanted) || action.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
