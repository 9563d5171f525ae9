package com.scudo.customer;

/**
 * What a write to the operational store did. {@code syncToken} is non-null while the record still
 * waits to be copied to the analytical store (see {@link PendingSync}).
 */
public record WriteOutcome(Status status, String syncToken) {
    public enum Status { CREATED, UPDATED, UNCHANGED }

    public boolean changed() {
        return status != Status.UNCHANGED;
    }
}
