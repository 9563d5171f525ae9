package com.scudo.ingest;

/**
 * What one ingest call did. {@code status} is created, updated, unchanged, or held (an order kept but not
 * yet counted, {@code reason} says why). Acknowledged means durable: the operational copy and the re-score
 * follow within about a second ({@code analyticsSynced} stays true for clients of the earlier API).
 */
public record IngestResult(String kind, String id, String status, boolean analyticsSynced, String reason) {

    public IngestResult(String kind, String id, String status, boolean analyticsSynced) {
        this(kind, id, status, analyticsSynced, null);
    }
}
