package com.scudo.shared;

import java.util.Optional;

/**
 * Which customer an old reference finds after a merge: the ids and e-mail addresses of merged-away customers
 * stay valid. Every look-up (the API, ingest, imports, connectors) asks here, so a merged customer is found the
 * same way everywhere. Implemented by the identity module; declared here so that the modules identity itself
 * builds on (analytics, ingest) can ask without depending on it.
 */
public interface CustomerAliases {

    /** Nothing was ever merged. */
    CustomerAliases NONE = new CustomerAliases() {
        @Override
        public Optional<CustomerId> survivorOfId(WorkspaceId workspace, CustomerId id) {
            return Optional.empty();
        }

        @Override
        public Optional<CustomerId> survivorOfEmail(WorkspaceId workspace, String email) {
            return Optional.empty();
        }
    };

    /** The customer a merged-away id now belongs to; empty when the id was never merged away. */
    Optional<CustomerId> survivorOfId(WorkspaceId workspace, CustomerId id);

    /** The customer a merged-away customer's e-mail (any case, spaces around) now finds. */
    Optional<CustomerId> survivorOfEmail(WorkspaceId workspace, String email);

    /** Each of the ids that was merged away, with the customer it belongs to now (one look-up for many). */
    default java.util.Map<CustomerId, CustomerId> survivorsOf(WorkspaceId workspace, java.util.Collection<CustomerId> ids) {
        java.util.Map<CustomerId, CustomerId> found = new java.util.HashMap<>();
        for (CustomerId id : new java.util.HashSet<>(ids)) {
            survivorOfId(workspace, id).ifPresent(survivor -> found.put(id, survivor));
        }
        return found;
    }

    /** Each of the e-mail addresses that was a merged-away customer's, as given, with the customer it finds now. */
    default java.util.Map<String, CustomerId> survivorsOfEmails(WorkspaceId workspace, java.util.Collection<String> emails) {
        java.util.Map<String, CustomerId> found = new java.util.HashMap<>();
        for (String email : new java.util.HashSet<>(emails)) {
            survivorOfEmail(workspace, email).ifPresent(survivor -> found.put(email, survivor));
        }
        return found;
    }

    /** The id itself when it was never merged away, else the customer it belongs to now. */
    default CustomerId current(WorkspaceId workspace, CustomerId id) {
        return survivorOfId(workspace, id).orElse(id);
    }
}
