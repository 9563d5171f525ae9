package com.scudo.ingest;

import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * What a batch of orders did, one item per order sent, in the order sent. An acknowledged item has the status its
 * own {@code POST /orders} would have had (created, updated, unchanged, held) and is durable. A refused one carries
 * the problem detail its own request would have got (400 invalid, with every invalid field, or an unknown customer;
 * 409 an order id of another customer) and nothing of it was written. A failed one was not recorded because of a
 * failure of ours (its problem is a 500 with an error id) and may be sent again. No order's answer depends on another's.
 */
public record OrderBatchResult(int received, int acknowledged, int refused, int failed, List<Item> results) {
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    /** {@code refusal} is null for an acknowledged order, else the problem detail its own request would have got. */
    public record Item(int index, String id, String status, String reason, ProblemDetail refusal) {
        public boolean acknowledged() {
            return refusal == null;
        }
    }

    /** Every order acknowledged (durable): the batch is a 200, else a 207. */
    public boolean allAcknowledged() {
        return acknowledged == received;
    }

    static OrderBatchResult of(List<Item> items) {
        int acknowledged = (int) items.stream().filter(Item::acknowledged).count();
        int failed = (int) items.stream().filter(item -> FAILED.equals(item.status())).count();
        return new OrderBatchResult(items.size(), acknowledged, items.size() - acknowledged - failed, failed,
                List.copyOf(items));
    }
}
