package com.scudo.ingest;

import com.scudo.shared.InvalidInputException.FieldProblem;

import java.util.List;

/**
 * What a batch of orders did, one item per order sent, in the order sent. An acknowledged item has the status its
 * own {@code POST /orders} would have had (created, updated, unchanged, held) and is durable; a refused one carries
 * the problem its own request would have got (400 invalid, 404, 409 an order id of another customer) and nothing of
 * it was written. Refusing one order never refuses the others.
 */
public record OrderBatchResult(int received, int acknowledged, int refused, List<Item> results) {

    public record Item(int index, String id, String status, String reason, Refusal refusal) {
        public boolean acknowledged() {
            return refusal == null;
        }
    }

    /** The problem detail the order's own request would have been answered with. */
    public record Refusal(int status, String title, String detail, List<FieldProblem> errors) {
    }

    static OrderBatchResult of(List<Item> items) {
        int acknowledged = (int) items.stream().filter(Item::acknowledged).count();
        return new OrderBatchResult(items.size(), acknowledged, items.size() - acknowledged, List.copyOf(items));
    }
}
