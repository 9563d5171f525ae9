package com.scudo.ingest.web;

import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.IngestResult;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.InteractionCommand;
import com.scudo.ingest.OrderBatchResult;
import com.scudo.ingest.OrderCommand;
import com.scudo.ingest.RefundCommand;
import com.scudo.ingest.internal.SyncStatus;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Ingest endpoints: 201 when a record is new, 200 when it was updated or was already there. */
@RestController
@RequestMapping("/api/v1")
class IngestController {
    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/customers")
    ResponseEntity<IngestResult> addCustomer(WorkspaceId workspace, @RequestBody CustomerCommand command) {
        return respond(ingest.upsertCustomer(workspace, command));
    }

    @PutMapping("/customers/{id}")
    ResponseEntity<IngestResult> putCustomer(WorkspaceId workspace, @PathVariable String id,
                                             @RequestBody CustomerCommand command) {
        if (command.id() != null && !command.id().isBlank() && !command.id().trim().equals(id)) {
            throw new InvalidInputException("id", "the body's id '" + command.id() + "' differs from the path's '" + id + "'");
        }
        return respond(ingest.upsertCustomer(workspace, command.withId(id)));
    }

    @PostMapping("/orders")
    ResponseEntity<IngestResult> addOrder(WorkspaceId workspace, @RequestBody OrderCommand command) {
        return respond(ingest.recordOrder(workspace, command));
    }

    /**
     * Up to 500 orders in one request, each answered on its own: 200 when every order was acknowledged, 207 when
     * some were refused or failed (each such item carries its problem; the others are durable). Retrying the whole
     * batch is safe: acknowledged orders answer as the first time. It weighs one request per order against the
     * caller's rate limit: 429 with Retry-After, nothing written, when less than that is left.
     */
    @PostMapping("/orders/batch")
    ResponseEntity<OrderBatchResult> addOrders(WorkspaceId workspace, @RequestBody OrderBatch batch) {
        OrderBatchResult result = ingest.recordOrderBatch(workspace, batch.orders());
        return ResponseEntity.status(result.allAcknowledged() ? HttpStatus.OK : HttpStatus.MULTI_STATUS).body(result);
    }

    /** The body of a batch: {@code {"orders": [ ...orders as for POST /orders... ]}}. */
    record OrderBatch(List<OrderCommand> orders) {
    }

    @PostMapping("/interactions")
    ResponseEntity<IngestResult> addInteraction(WorkspaceId workspace, @RequestBody InteractionCommand command) {
        return respond(ingest.recordInteraction(workspace, command));
    }

    /** A refund of part or all of a recorded order, in the order's currency; its id makes a retry count once. */
    @PostMapping("/orders/{orderId}/refunds")
    ResponseEntity<IngestResult> refund(WorkspaceId workspace, @PathVariable String orderId,
                                        @RequestBody RefundCommand command) {
        return respond(ingest.refund(workspace, orderId, command));
    }

    /** Works off now whatever is still to be copied to the operational store or re-scored. */
    @PostMapping("/sync/replay")
    Map<String, Integer> replay() {
        return Map.of("replayed", ingest.replayPending());
    }

    /** How much is still to be copied and re-scored, and how late (p50/p99 over the last minutes). */
    @GetMapping("/sync/status")
    SyncStatus.Figures status() {
        return ingest.syncStatus();
    }

    /** 201 for a new record, 202 for an order held back (kept, not yet counted), 200 otherwise. */
    private static ResponseEntity<IngestResult> respond(IngestResult result) {
        HttpStatus status = switch (result.status()) {
            case "created" -> HttpStatus.CREATED;
            case "held" -> HttpStatus.ACCEPTED;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(result);
    }
}
