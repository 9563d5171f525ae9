package com.scudo.connector.web;

import com.scudo.connector.webhook.Deliveries;
import com.scudo.connector.webhook.Subscription;
import com.scudo.connector.webhook.Subscriptions;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** Outgoing webhooks: subscriptions, the deliveries of the last events, the dead letters and their replay. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksController {
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    WebhooksController(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    record SubscriptionRequest(String url, List<String> events, BigDecimal churnThreshold) {
    }

    @PostMapping("/subscriptions")
    ResponseEntity<Subscriptions.Created> subscribe(WorkspaceId workspace, @RequestBody SubscriptionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(subscriptions.create(workspace, request.url(), request.events(), request.churnThreshold()));
    }

    @GetMapping("/subscriptions")
    List<Subscription> subscriptions(WorkspaceId workspace) {
        return subscriptions.list(workspace);
    }

    @DeleteMapping("/subscriptions/{id}")
    ResponseEntity<Void> unsubscribe(WorkspaceId workspace, @PathVariable String id) {
        subscriptions.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/deliveries")
    List<Deliveries.Delivery> deliveries(WorkspaceId workspace, @RequestParam(defaultValue = "100") int limit) {
        return deliveries.recent(workspace, false, limit);
    }

    @GetMapping("/dead-letters")
    List<Deliveries.Delivery> deadLetters(WorkspaceId workspace, @RequestParam(defaultValue = "100") int limit) {
        return deliveries.recent(workspace, true, limit);
    }

    @PostMapping("/deliveries/{id}/replay")
    Deliveries.Delivery replay(WorkspaceId workspace, @PathVariable String id) {
        return deliveries.replay(workspace, id);
    }
}
