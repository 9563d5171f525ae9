package com.scudo.connector.web;

import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.connector.klaviyo.KlaviyoSync;
import com.scudo.connector.klaviyo.KlaviyoSyncs;
import com.scudo.connector.shopify.Backfill;
import com.scudo.connector.shopify.ShopifyBackfills;
import com.scudo.connector.shopify.ShopifyPrivacyRequests;
import com.scudo.connector.webhook.Deliveries;
import com.scudo.connector.webhook.Subscriptions;
import com.scudo.segment.Segments;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The Connections page: each connection's status, last event and error, backfill progress; Shopify's privacy requests;
 * "Send to…"; dead letters.
 */
@Controller
class ConnectionsPage {
    private final ConnectionStore connections;
    private final ShopifyBackfills backfills;
    private final KlaviyoSyncs klaviyo;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Segments segments;
    private final ShopifyPrivacyRequests privacy;

    ConnectionsPage(ConnectionStore connections, ShopifyBackfills backfills, KlaviyoSyncs klaviyo,
                    Subscriptions subscriptions, Deliveries deliveries, Segments segments,
                    ShopifyPrivacyRequests privacy) {
        this.privacy = privacy;
        this.connections = connections;
        this.backfills = backfills;
        this.klaviyo = klaviyo;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.segments = segments;
    }

    record Row(Connection connection, Backfill backfill) {
    }

    record PrivacyRow(String account, ShopifyPrivacyRequests.Received request) {
    }

    @GetMapping("/connections")
    String page(WorkspaceId workspace, @RequestParam(required = false) String send, Model model) {
        List<Row> rows = new ArrayList<>();
        List<Connection> klaviyoConnections = new ArrayList<>();
        List<KlaviyoSync> syncs = new ArrayList<>();
        List<PrivacyRow> privacyRequests = new ArrayList<>();
        for (Connection c : connections.list(workspace)) {
            rows.add(new Row(c, Connection.SHOPIFY.equals(c.kind()) ? backfills.latest(workspace, c.id()).orElse(null) : null));
            if (Connection.SHOPIFY.equals(c.kind())) {
                privacy.recent(c.id(), 50).forEach(r -> privacyRequests.add(new PrivacyRow(c.account(), r)));
            }
            if (Connection.KLAVIYO.equals(c.kind())) {
                klaviyoConnections.add(c);
                syncs.addAll(klaviyo.list(workspace, c.id()));
            }
        }
        model.addAttribute("workspace", workspace.value());
        model.addAttribute("page", "connections");
        model.addAttribute("connections", rows);
        model.addAttribute("klaviyo", klaviyoConnections);
        model.addAttribute("syncs", syncs);
        model.addAttribute("segments", segments.list(workspace));
        model.addAttribute("send", send);
        model.addAttribute("subscriptions", subscriptions.list(workspace));
        model.addAttribute("deadLetters", deliveries.recent(workspace, true, 100));
        model.addAttribute("privacyRequests", privacyRequests);
        return "dashboard/connections";
    }

    @PostMapping("/connections/send")
    String send(WorkspaceId workspace, @RequestParam String segmentId, @RequestParam String connectionId,
                @RequestParam String listId, RedirectAttributes redirect) {
        KlaviyoSync sync = klaviyo.add(workspace, connectionId, segmentId, listId, false);
        klaviyo.runLater(workspace, sync.id());
        redirect.addFlashAttribute("notice", "Sending " + segmentId + " to list " + listId + "; the result shows below.");
        return back(workspace);
    }

    @PostMapping("/connections/dead-letters/{id}/replay")
    String replay(WorkspaceId workspace, @PathVariable String id, RedirectAttributes redirect) {
        deliveries.replay(workspace, id);
        redirect.addFlashAttribute("notice", "Event " + id + " is queued again.");
        return back(workspace);
    }

    private static String back(WorkspaceId workspace) {
        return "redirect:" + UriComponentsBuilder.fromPath("/connections").queryParam("workspace", workspace.value())
                .build().encode().toUriString();
    }
}
