package com.scudo.ingest;

/**
 * What one ingest call did. {@code status} is created, updated or unchanged (a retry);
 * {@code analyticsSynced} is false when the analytical copy failed and waits for replay.
 */
public record IngestResult(String kind, String id, String status, boolean analyticsSynced) {
}
