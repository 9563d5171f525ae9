package com.scudo.platform.internal;

/** A setting asks for an embedded store that this build does not carry; {@link #action()} says what to set. */
final class EmbeddedStoreMissingException extends IllegalStateException {
    private final String action;

    EmbeddedStoreMissingException(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
