package com.scudo.customer;

import java.util.List;

/**
 * The outbox between the two stores. Every operational write marks its record as pending (a sparse
 * index in DynamoDB) until the analytical copy has been written; whatever is still pending after a
 * failure is replayed from here, so a failing second store loses nothing.
 */
public interface PendingSync {

    /** Records still waiting for their analytical copy, oldest marks first where the store allows. */
    List<PendingRecord> pending(int limit);

    /** Clears the mark, unless a newer write has marked the record again in the meantime. */
    void markSynced(PendingRecord record);

    sealed interface PendingRecord {
        String token();
    }

    record PendingCustomer(CustomerProfile profile, String token) implements PendingRecord {
    }

    record PendingOrder(Order order, String token) implements PendingRecord {
    }

    record PendingInteraction(Interaction interaction, String token) implements PendingRecord {
    }
}
