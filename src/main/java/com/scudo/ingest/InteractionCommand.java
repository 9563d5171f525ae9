package com.scudo.ingest;

/** Record an interaction: email_open, email_click, site_visit, support_ticket or campaign_response. */
public record InteractionCommand(
        String id,
        String customerId,
        String type,
        String channel,
        String occurredAt,
        String detail) {
}
