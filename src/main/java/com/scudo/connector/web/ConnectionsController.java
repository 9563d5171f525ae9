package com.scudo.connector.web;

import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.connector.klaviyo.KlaviyoSync;
import com.scudo.connector.klaviyo.KlaviyoSyncs;
import com.scudo.connector.shopify.Backfill;
import com.scudo.connector.shopify.ShopifyBackfills;
import com.scudo.connector.shopify.ShopifyConnections;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The workspace's connections. Secrets go in once and never come back out: the answers carry none. */
@RestController
@RequestMapping("/api/v1/connections")
class ConnectionsController {
    private final ConnectionStore connections;
    private final ShopifyConnections shopify;
    private final ShopifyBackfills backfills;
    private final KlaviyoSyncs klaviyo;

    ConnectionsController(ConnectionStore connections, ShopifyConnections shopify, ShopifyBackfills backfills,
                          KlaviyoSyncs klaviyo) {
        this.connections = connections;
        this.shopify = shopify;
        this.backfills = backfills;
        this.klaviyo = klaviyo;
    }

    record KlaviyoRequest(String account, String apiKey, String apiUrl) {
    }

    record SyncRequest(String segmentId, String listId, Boolean runNow) {
    }

    @PostMapping("/klaviyo")
    ResponseEntity<ConnectionView> connectKlaviyo(WorkspaceId workspace, @RequestBody KlaviyoRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ConnectionView.of(klaviyo.connect(workspace, request.account(), request.apiKey(), request.apiUrl())));
    }

    /** Sends a segment to a Klaviyo list ("Send to…"): pushed at once unless runNow is false, then on the schedule. */
    @PostMapping("/{id}/syncs")
    KlaviyoSync addSync(WorkspaceId workspace, @PathVariable String id, @RequestBody SyncRequest request) {
        return klaviyo.add(workspace, id, request.segmentId(), request.listId(), !Boolean.FALSE.equals(request.runNow()));
    }

    @GetMapping("/{id}/syncs")
    List<KlaviyoSync> syncs(WorkspaceId workspace, @PathVariable String id) {
        return klaviyo.list(workspace, id);
    }

    @PostMapping("/{id}/syncs/{syncId}/run")
    KlaviyoSync runSync(WorkspaceId workspace, @PathVariable String id, @PathVariable String syncId) {
        return klaviyo.run(workspace, syncId);
    }

    record ShopifyRequest(String shopDomain, String accessToken, String webhookSecret, String apiUrl) {
    }

    /** A connection as the API shows it: no token, key or secret. */
    record ConnectionView(String id, String kind, String account, String apiUrl, String status, long eventsReceived,
                          Instant lastEventAt, String lastError, Instant lastErrorAt, Instant createdAt,
                          String webhookUrl) {
        static ConnectionView of(Connection c) {
            return new ConnectionView(c.id(), c.kind(), c.account(), c.apiUrl(), c.status(), c.eventsReceived(),
                    c.lastEventAt(), c.lastError(), c.lastErrorAt(), c.createdAt(),
                    Connection.SHOPIFY.equals(c.kind()) ? ShopifyWebhookController.PATH : null);
        }
    }

    @PostMapping("/shopify")
    ResponseEntity<ConnectionView> connectShopify(WorkspaceId workspace, @RequestBody ShopifyRequest request) {
        Connection connection = shopify.connect(workspace, request.shopDomain(), request.accessToken(),
                request.webhookSecret(), request.apiUrl());
        return ResponseEntity.status(HttpStatus.CREATED).body(ConnectionView.of(connection));
    }

    @GetMapping
    List<ConnectionView> list(WorkspaceId workspace) {
        return connections.list(workspace).stream().map(ConnectionView::of).toList();
    }

    @GetMapping("/{id}")
    ConnectionView get(WorkspaceId workspace, @PathVariable String id) {
        return ConnectionView.of(connections.find(workspace, id));
    }

    /** Starts the store's backfill (or resumes the last, when it failed): 202, then follow it with GET. */
    @PostMapping("/{id}/backfill")
    ResponseEntity<Backfill> backfill(WorkspaceId workspace, @PathVariable String id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(backfills.start(workspace, id));
    }

    @GetMapping("/{id}/backfill")
    Backfill backfillProgress(WorkspaceId workspace, @PathVariable String id) {
        return backfills.latest(workspace, id).orElseThrow(() -> new NotFoundException("This store was never backfilled"));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(WorkspaceId workspace, @PathVariable String id) {
        connections.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }
}
