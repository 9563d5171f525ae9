package com.scudo.customer.internal;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BatchWriteItem of ready-made items, 25 a request, until nothing is left unprocessed; BatchGetItem until
 * every key is answered.
 * <p>
 * In process, DynamoDB Local's own (v1) entry is called directly: its v2 client converts every request
 * by writing it out as JSON and reading it back, which took about 40 % of the CPU of a bulk load
 * (profiled). Against AWS the v2 client is used as it is.
 */
@Component
class ItemBatches {
    static final int WRITE_BATCH = 25;
    private static final int ATTEMPTS = 12;

    private final DynamoDbClient client;
    private final InProcessDynamoDb local;

    ItemBatches(DynamoDbClient client, DynamoDbConfiguration.LocalDynamoDb local) {
        this.client = client;
        this.local = local.inProcess();
    }

    /** Puts every item into {@code table}, replacing items with the same key. */
    void putAll(String table, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += WRITE_BATCH) {
            List<Map<String, AttributeValue>> group = items.subList(from, Math.min(items.size(), from + WRITE_BATCH));
            if (local != null) {
                local.putBatch(table, group);
            } else {
                putRemotely(table, group);
            }
        }
    }

    private void putRemotely(String table, List<Map<String, AttributeValue>> group) {
        Map<String, List<WriteRequest>> batch = Map.of(table, group.stream()
                .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList());
        long backoff = 20;
        for (int attempt = 0; !batch.isEmpty(); attempt++) {
            failAfterTooMany(attempt);
            Map<String, List<WriteRequest>> current = batch;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(current));
            batch = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            backoff = pauseIfLeft(!batch.isEmpty(), backoff);
        }
    }

    /**
     * BatchGetItem until DynamoDB has answered every key (the keys it hands back unread are asked again, with
     * the same pause and attempt limit as the writes); the items found, by table.
     */
    Map<String, List<Map<String, AttributeValue>>> getAll(Map<String, KeysAndAttributes> request) {
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        long backoff = 20;
        for (int attempt = 0; !request.isEmpty(); attempt++) {
            failAfterTooMany(attempt);
            Map<String, KeysAndAttributes> current = request;
            BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(current));
            response.responses().forEach((table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            backoff = pauseIfLeft(!request.isEmpty(), backoff);
        }
        return found;
    }

    static void failAfterTooMany(int attempt) {
        if (attempt == ATTEMPTS) {
            throw new IllegalStateException("DynamoDB kept items or keys unprocessed after " + ATTEMPTS + " attempts");
        }
    }

    static long pauseIfLeft(boolean left, long backoff) {
        if (!left) {
            return backoff;
        }
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a batch", e);
        }
        return Math.min(1000, backoff * 2);
    }
}
