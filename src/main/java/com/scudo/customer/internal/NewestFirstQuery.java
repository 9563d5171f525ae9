package com.scudo.customer.internal;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's newest records through a table's by-date index: a query bounded by {@code Limit} that asks
 * only for the attributes the caller maps, with the expressions built once. The 360 view reads two of these
 * per request, so the size of each answer matters: the sync bookkeeping and the repeated key attributes are
 * left on the server.
 */
final class NewestFirstQuery {
    private final String table;
    private final String projection;
    private final Map<String, String> names;

    NewestFirstQuery(String table, List<String> attributes) {
        this.table = table;
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("#pk", "customer_key");
        List<String> projected = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            placeholders.put("#a" + i, attributes.get(i)); // placeholders: items, type and others are reserved words
            projected.add("#a" + i);
        }
        this.projection = String.join(", ", projected);
        this.names = Map.copyOf(placeholders);
    }

    /** At most {@code limit} items, newest first; pages only when DynamoDB's 1 MB page cap cut the answer short. */
    List<Map<String, AttributeValue>> newest(DynamoDbClient client, String customerKey, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>(Math.min(limit, 64));
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(Keys.BY_DATE_INDEX)
                    .keyConditionExpression("#pk = :pk").expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(customerKey)))
                    .projectionExpression(projection).scanIndexForward(false).limit(limit - items.size());
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse page = client.query(request.build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && items.size() < limit);
        return items;
    }
}
