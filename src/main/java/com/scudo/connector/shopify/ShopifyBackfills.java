package com.scudo.connector.shopify;

import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_BACKFILLS;

/**
 * Backfills a shop's whole order history through a bulk operation of the GraphQL Admin API: start the bulk query
 * (bulkOperationRunQuery), poll the operation until it is COMPLETED, download the JSONL result and feed each order
 * through the recording path. Progress is kept per order (lines done); a backfill that failed — a dropped
 * download, a bad line, a restart — resumes with the same bulk operation and skips what it already recorded
 * (the recording path would also take a repeat as unchanged).
 */
@Service
public class ShopifyBackfills {
    private static final Logger log = LoggerFactory.getLogger(ShopifyBackfills.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPERATION_FIELDS = "id status errorCode objectCount url partialDataUrl";
    private final ConnectionStore connections;
    private final ShopifyAdminClient admin;
    private final ShopifyOrderFeed feed;
    private final DSLContext sql;
    private final Clock clock;
    private final ThreadPools pools;
    private volatile Duration pollEvery = Duration.ofSeconds(2);

    ShopifyBackfills(ConnectionStore connections, ShopifyAdminClient admin, ShopifyOrderFeed feed, DSLContext sql,
                     Clock clock, ThreadPools pools) {
        this.connections = connections;
        this.admin = admin;
        this.feed = feed;
        this.sql = sql;
        this.clock = clock;
        this.pools = pools;
    }

    void pollEvery(Duration every) {
        this.pollEvery = every;
    }

    /** Starts a backfill, or resumes the last one when it failed; refused while one runs. Runs in the background. */
    public Backfill start(WorkspaceId workspace, String connectionId) {
        Backfill backfill = claim(workspace, connectionId);
        pools.shared("connector-backfill").execute(() -> run(workspace, backfill.id()));
        return backfill;
    }

    /** As {@link #start}, in the caller's thread: returns when the backfill completed or failed. */
    public Backfill runNow(WorkspaceId workspace, String connectionId) {
        Backfill backfill = claim(workspace, connectionId);
        run(workspace, backfill.id());
        return find(backfill.id()).orElseThrow();
    }

    public Optional<Backfill> latest(WorkspaceId workspace, String connectionId) {
        connections.find(workspace, connectionId);
        return sql.selectFrom(CONNECTOR_BACKFILLS).where(CONNECTOR_BACKFILLS.CONNECTION_ID.eq(connectionId))
                .orderBy(CONNECTOR_BACKFILLS.STARTED_AT.desc()).limit(1).fetchOptional(ShopifyBackfills::backfill);
    }

    private synchronized Backfill claim(WorkspaceId workspace, String connectionId) {
        Connection connection = connections.find(workspace, connectionId);
        if (!Connection.SHOPIFY.equals(connection.kind())) {
            throw new InvalidInputException("connection", "only a Shopify connection has a history to backfill");
        }
        Optional<Backfill> last = latest(workspace, connectionId);
        if (last.isPresent() && last.get().status().equals("running")) {
            throw new ConflictException("A backfill of this store is running: " + last.get().id());
        }
        if (last.isPresent() && last.get().status().equals("failed")) {
            update(last.get().id(), "running", null);
            return find(last.get().id()).orElseThrow();
        }
        String id = "bf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        sql.insertInto(CONNECTOR_BACKFILLS).set(CONNECTOR_BACKFILLS.ID, id)
                .set(CONNECTOR_BACKFILLS.CONNECTION_ID, connectionId).set(CONNECTOR_BACKFILLS.STATUS, "running")
                .set(CONNECTOR_BACKFILLS.STARTED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(CONNECTOR_BACKFILLS.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC)).execute();
        return find(id).orElseThrow();
    }

    private void run(WorkspaceId workspace, String backfillId) {
        Backfill backfill = find(backfillId).orElseThrow();
        Connection connection = connections.find(workspace, backfill.connectionId());
        try {
            String operation = backfill.bulkOperationId() != null ? backfill.bulkOperationId() : startOperation(connection, backfillId);
            String url = awaitResult(connection, backfillId, operation);
            record(workspace, connection, backfill, url);
            update(backfillId, "completed", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            update(backfillId, "failed", "interrupted");
        } catch (Exception e) {
            log.warn("Backfill {} of {} failed; it resumes from line {} when started again", backfillId,
                    connection.account(), find(backfillId).map(Backfill::linesDone).orElse(0L), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            update(backfillId, "failed", message);
            connections.failed(connection.id(), "backfill: " + message);
        }
    }

    private String startOperation(Connection connection, String backfillId) throws Exception {
        String mutation = "mutation { bulkOperationRunQuery(query: " + JSON.writeValueAsString(BulkOrderLines.QUERY)
                + ") { bulkOperation { id status } userErrors { field message } } }";
        JsonNode data = admin.graphql(connection, mutation, 10).path("bulkOperationRunQuery");
        if (!data.path("userErrors").isEmpty()) {
            throw new IllegalStateException("Shopify refused the bulk query: " + data.path("userErrors"));
        }
        String operation = data.path("bulkOperation").path("id").asString();
        sql.update(CONNECTOR_BACKFILLS).set(CONNECTOR_BACKFILLS.BULK_OPERATION_ID, operation)
                .where(CONNECTOR_BACKFILLS.ID.eq(backfillId)).execute();
        return operation;
    }

    /** Polls the operation until it finished; returns its result URL (null: the shop has no orders). */
    private String awaitResult(Connection connection, String backfillId, String operation) throws Exception {
        String query = "query { node(id: " + JSON.writeValueAsString(operation) + ") { ... on BulkOperation { "
                + OPERATION_FIELDS + " } } }";
        while (true) {
            JsonNode node = admin.graphql(connection, query, 1).path("node");
            String status = node.path("status").asString("");
            sql.update(CONNECTOR_BACKFILLS).set(CONNECTOR_BACKFILLS.OBJECT_COUNT, node.path("objectCount").asLong(0))
                    .set(CONNECTOR_BACKFILLS.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .where(CONNECTOR_BACKFILLS.ID.eq(backfillId)).execute();
            switch (status) {
                case "COMPLETED" -> {
                    return node.path("url").isNull() ? null : node.path("url").asString(null);
                }
                case "FAILED", "CANCELED", "CANCELLED", "EXPIRED" -> throw new IllegalStateException(
                        "the bulk operation ended " + status + " (" + node.path("errorCode").asString("no code") + ")");
                default -> Thread.sleep(pollEvery.toMillis());
            }
        }
    }

    /**
     * Reads the JSONL result: an order's line items follow it, so an order is recorded when the next order (or the
     * end) shows up, and the progress moves past its lines only after it was recorded.
     */
    private void record(WorkspaceId workspace, Connection connection, Backfill backfill, String url) throws Exception {
        if (url == null) {
            return;
        }
        long skip = backfill.linesDone();
        long line = 0;
        long orders = backfill.ordersRecorded();
        JsonNode order = null;
        List<JsonNode> children = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(admin.download(url), StandardCharsets.UTF_8))) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (line <= skip || text.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(text);
                if (BulkOrderLines.isChild(node)) {
                    children.add(node);
                    continue;
                }
                if (order != null) {
                    feed.order(workspace, connection.id(), BulkOrderLines.restOrder(order, children));
                    progress(backfill.id(), line - 1, ++orders);
                }
                order = node;
                children = new ArrayList<>();
            }
            if (order != null) {
                feed.order(workspace, connection.id(), BulkOrderLines.restOrder(order, children));
                progress(backfill.id(), line, ++orders);
            }
        }
    }

    private void progress(String backfillId, long linesDone, long orders) {
        sql.update(CONNECTOR_BACKFILLS).set(CONNECTOR_BACKFILLS.LINES_DONE, linesDone)
                .set(CONNECTOR_BACKFILLS.ORDERS_RECORDED, orders)
                .set(CONNECTOR_BACKFILLS.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .where(CONNECTOR_BACKFILLS.ID.eq(backfillId)).execute();
    }

    private void update(String backfillId, String status, String error) {
        sql.update(CONNECTOR_BACKFILLS).set(CONNECTOR_BACKFILLS.STATUS, status)
                .set(CONNECTOR_BACKFILLS.ERROR, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error)
                .set(CONNECTOR_BACKFILLS.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .where(CONNECTOR_BACKFILLS.ID.eq(backfillId)).execute();
    }

    private Optional<Backfill> find(String id) {
        return sql.selectFrom(CONNECTOR_BACKFILLS).where(CONNECTOR_BACKFILLS.ID.eq(id)).fetchOptional(ShopifyBackfills::backfill);
    }

    private static Backfill backfill(Record r) {
        return new Backfill(r.get(CONNECTOR_BACKFILLS.ID), r.get(CONNECTOR_BACKFILLS.CONNECTION_ID),
                r.get(CONNECTOR_BACKFILLS.STATUS), r.get(CONNECTOR_BACKFILLS.BULK_OPERATION_ID),
                r.get(CONNECTOR_BACKFILLS.OBJECT_COUNT), r.get(CONNECTOR_BACKFILLS.LINES_DONE),
                r.get(CONNECTOR_BACKFILLS.ORDERS_RECORDED), r.get(CONNECTOR_BACKFILLS.ERROR),
                ConnectionStore.instant(r.get(CONNECTOR_BACKFILLS.STARTED_AT)),
                ConnectionStore.instant(r.get(CONNECTOR_BACKFILLS.UPDATED_AT)));
    }
}
