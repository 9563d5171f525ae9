package com.scudo.customer.internal;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.File;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB Local inside this process. The only class that names DynamoDB Local's types: the build for AWS
 * leaves DynamoDB Local out, and this class is then never loaded (platform.EmbeddedStores stops such a start first).
 */
final class InProcessDynamoDb {
    private final AmazonDynamoDBLocal local;
    private final AmazonDynamoDB v1;

    private InProcessDynamoDb(AmazonDynamoDBLocal local) {
        this.local = local;
        this.v1 = local.amazonDynamoDB();
    }

    /** In memory; true = telemetry off: it would try to reach AWS at every start. */
    static InProcessDynamoDb inMemory() {
        return new InProcessDynamoDb(DynamoDBEmbedded.create(true));
    }

    /** Kept in one SQLite database file (a file, not a folder: given a folder it retries opening it forever). */
    static InProcessDynamoDb onDisk(File database) {
        return new InProcessDynamoDb(DynamoDBEmbedded.create(database, true));
    }

    DynamoDbClient client() {
        return local.dynamoDbClient();
    }

    /**
     * One BatchWriteItem group through DynamoDB Local's own (v1) entry, until nothing is left unprocessed: its
     * v2 client converts every request by writing it out as JSON and reading it back, which took about 40 % of
     * the CPU of a bulk load (profiled).
     */
    void putBatch(String table, List<Map<String, AttributeValue>> group) {
        List<com.amazonaws.services.dynamodbv2.model.WriteRequest> requests = new ArrayList<>(group.size());
        for (Map<String, AttributeValue> item : group) {
            requests.add(new com.amazonaws.services.dynamodbv2.model.WriteRequest(
                    new com.amazonaws.services.dynamodbv2.model.PutRequest(v1(item))));
        }
        Map<String, List<com.amazonaws.services.dynamodbv2.model.WriteRequest>> batch = Map.of(table, requests);
        long backoff = 20;
        for (int attempt = 0; !batch.isEmpty(); attempt++) {
            ItemBatches.failAfterTooMany(attempt);
            var left = v1.batchWriteItem(batch).getUnprocessedItems();
            batch = left == null ? Map.of() : left;
            backoff = ItemBatches.pauseIfLeft(!batch.isEmpty(), backoff);
        }
    }

    void shutdown() {
        local.shutdown();
    }

    static Map<String, com.amazonaws.services.dynamodbv2.model.AttributeValue> v1(Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.dynamodbv2.model.AttributeValue> result = new HashMap<>(item.size() * 2);
        item.forEach((name, value) -> result.put(name, v1(value)));
        return result;
    }

    static com.amazonaws.services.dynamodbv2.model.AttributeValue v1(AttributeValue v) {
        var out = new com.amazonaws.services.dynamodbv2.model.AttributeValue();
        if (v.s() != null) {
            out.setS(v.s());
        } else if (v.n() != null) {
            out.setN(v.n());
        } else if (v.bool() != null) {
            out.setBOOL(v.bool());
        } else if (Boolean.TRUE.equals(v.nul())) {
            out.setNULL(true);
        } else if (v.b() != null) {
            out.setB(v.b().asByteBuffer());
        } else if (v.hasM()) {
            out.setM(v1(v.m()));
        } else if (v.hasL()) {
            out.setL(v.l().stream().map(InProcessDynamoDb::v1).toList());
        } else if (v.hasSs()) {
            out.setSS(v.ss());
        } else if (v.hasNs()) {
            out.setNS(v.ns());
        } else if (v.hasBs()) {
            out.setBS(v.bs().stream().map(SdkBytes::asByteBuffer).map(ByteBuffer::asReadOnlyBuffer).toList());
        } else {
            throw new IllegalArgumentException("Unsupported attribute value " + v);
        }
        return out;
    }
}
