package com.scudo.customer.internal;

import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

import java.util.ArrayList;
import java.util.List;

/** BatchWriteItem until nothing is left unprocessed: a throttled batch must not drop items. */
final class BatchWrites {
    private BatchWrites() {
    }

    static void writeFully(OperationalTables tables, WriteBatch batch) {
        BatchWriteItemEnhancedRequest request = BatchWriteItemEnhancedRequest.builder().writeBatches(batch).build();
        long backoffMillis = 20;
        for (int attempt = 0; attempt < 12; attempt++) {
            BatchWriteResult result = tables.enhanced.batchWriteItem(request);
            List<WriteBatch> retry = new ArrayList<>();
            retryOf(tables, result, retry);
            if (retry.isEmpty()) {
                return;
            }
            request = BatchWriteItemEnhancedRequest.builder().writeBatches(retry).build();
            sleep(backoffMillis);
            backoffMillis = Math.min(1000, backoffMillis * 2);
        }
        throw new IllegalStateException("DynamoDB kept items unprocessed after 12 attempts");
    }

    private static void retryOf(OperationalTables tables, BatchWriteResult result, List<WriteBatch> retry) {
        var customers = result.unprocessedPutItemsForTable(tables.customers);
        if (!customers.isEmpty()) {
            var b = WriteBatch.builder(CustomerEntity.class).mappedTableResource(tables.customers);
            customers.forEach(b::addPutItem);
            retry.add(b.build());
        }
        var orders = result.unprocessedPutItemsForTable(tables.orders);
        if (!orders.isEmpty()) {
            var b = WriteBatch.builder(OrderEntity.class).mappedTableResource(tables.orders);
            orders.forEach(b::addPutItem);
            retry.add(b.build());
        }
        var interactions = result.unprocessedPutItemsForTable(tables.interactions);
        if (!interactions.isEmpty()) {
            var b = WriteBatch.builder(InteractionEntity.class).mappedTableResource(tables.interactions);
            interactions.forEach(b::addPutItem);
            retry.add(b.build());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a batch", e);
        }
    }
}
