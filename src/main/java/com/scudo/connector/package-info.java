/**
 * Connectors: a workspace's connections to a Shopify store (webhooks fed through the recording path, backfill of
 * the history through bulk operations) and to Klaviyo (segments to lists, scores to profile properties), and the
 * outgoing webhooks merchants subscribe to (delivered from a transactional outbox, signed, retried for a day).
 * Owns the tables connector_*; secrets are sealed with AES-GCM. Records orders only through ingest's
 * {@code IngestService}, erases only through privacy's {@code CustomerPrivacy}.
 */
@ApplicationModule(displayName = "Connectors", allowedDependencies = {"analytics", "ingest", "platform", "privacy",
        "recommendation", "segment", "shared"})
package com.scudo.connector;

import org.springframework.modulith.ApplicationModule;
