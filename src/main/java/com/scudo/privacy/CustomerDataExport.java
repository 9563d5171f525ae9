package com.scudo.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything held about one customer. {@code operational} has the DynamoDB records (profile with contact and
 * preferences, every order with its line items, every interaction, the customer's real-time counters);
 * {@code analytical} has, per SQL table of {@link PersonalDataCatalog}, the customer's rows with every column.
 */
public record CustomerDataExport(String workspace, String customerId, Instant exportedAt, Operational operational,
                                 Map<String, List<Map<String, Object>>> analytical) {

    public record Operational(Map<String, Object> profile, List<Map<String, Object>> orders,
                              List<Map<String, Object>> interactions, Map<String, Object> realtimeMetrics) {
    }
}
