package com.scudo.connector.klaviyo;

import java.time.Instant;

/** A segment pushed to a Klaviyo list: how the last push went ({@code jobIds}: Klaviyo's bulk import jobs). */
public record KlaviyoSync(String id, String connectionId, String segmentId, String listId, String status,
                          String jobIds, int profiles, Instant lastRunAt, String error) {
}
