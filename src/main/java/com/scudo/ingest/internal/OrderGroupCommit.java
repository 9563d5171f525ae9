package com.scudo.ingest.internal;

import com.scudo.customer.Order;
import com.scudo.platform.Problems;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of live orders. Concurrent requests' orders are recorded in one transaction of the analytical store
 * (one commit, one flush to disk, one statement per table for all of them) instead of one transaction each.
 * Flat combining, with no thread of its own: a request queues its order and takes the lock; whoever holds the lock
 * records everything queued, so a request usually finds its answer ready when its turn comes. Nothing is answered
 * before the group's commit. A group that fails (an order id of another customer, an unknown customer, a race with
 * another instance, a failure of the store) is recorded again one order at a time, so each order gets its own answer
 * or its own error: one order's failure never fails its neighbours, and an order that committed is answered as such.
 */
@Component
public class OrderGroupCommit {
    private static final int MAX_GROUP = 256;

    private final Recording recording;
    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

    OrderGroupCommit(Recording recording) {
        this.recording = recording;
    }

    /** Records the order, durably, possibly together with other requests' orders; answers as {@link Recording#orders}. */
    public Recording.Answer record(WorkspaceId workspace, Order order) {
        return recordAll(workspace, List.of(order)).get(0).answerOrThrow();
    }

    /**
     * The orders of one request (a batch, or a single order), recorded as if each had come in a request of its own:
     * possibly together with other requests' orders, each answered or refused on its own, in the order given. An
     * order is answered only once its outcome is known: committed (its answer) or not recorded (its error).
     */
    public List<Outcome> recordAll(WorkspaceId workspace, List<Order> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Pending> mine = new ArrayList<>(orders.size());
        for (Order order : orders) {
            mine.add(new Pending(workspace, order));
        }
        queue.addAll(mine);
        lock.lock();
        try {
            // Whoever held the lock before finished its whole group before letting go: an order of ours not answered
            // is still queued. Groups are drained in arrival order, so the last of ours is answered last.
            Pending last = mine.get(mine.size() - 1);
            while (!last.done) {
                recordGroup(drain());
            }
        } finally {
            lock.unlock();
        }
        List<Outcome> outcomes = new ArrayList<>(mine.size());
        for (Pending pending : mine) {
            outcomes.add(new Outcome(pending.answer, pending.error));
        }
        return outcomes;
    }

    /** One order's answer (it is durable), or why it was not recorded (the exception its own request would have got). */
    public record Outcome(Recording.Answer answer, RuntimeException error) {
        Recording.Answer answerOrThrow() {
            if (error != null) {
                throw error;
            }
            return answer;
        }
    }

    private List<Pending> drain() {
        List<Pending> group = new ArrayList<>();
        Pending next;
        while (group.size() < MAX_GROUP && (next = queue.poll()) != null) {
            group.add(next);
        }
        return group;
    }

    private void recordGroup(List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            List<Recording.Answer> answers = recording.orders(group.stream()
                    .map(p -> new Recording.WorkspaceOrder(p.workspace, p.order)).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answered(answers.get(i));
            }
        } catch (RuntimeException groupFailed) {
            group.forEach(this::recordAlone);
        } finally {
            // Taken from the queue, an order no one answered would leave its request waiting forever (an Error
            // thrown above): it was not committed, so it is answered as not recorded.
            for (Pending pending : group) {
                if (!pending.done) {
                    pending.failed(new IllegalStateException("the order's group stopped before it was recorded"));
                }
            }
        }
    }

    /**
     * Records one order in its own transaction. When that fails for a reason of ours (not a refusal of the order)
     * the commit itself may have failed after the store took it: the ledger, read again, says whether the order is
     * recorded as sent, so nothing recorded is answered as failed.
     */
    private void recordAlone(Pending pending) {
        try {
            pending.answered(RaceRetry.attempt(() -> recording.orders(pending.workspace, List.of(pending.order)).get(0)));
        } catch (RuntimeException e) {
            if (Problems.refusal(e).isPresent()) { // the order was refused, as its own request would be: not stored
                pending.failed(e);
                return;
            }
            Optional<Recording.Answer> recorded = Optional.empty();
            try {
                recorded = recording.recordedAsSent(pending.workspace, pending.order);
            } catch (RuntimeException unreadable) {
                e.addSuppressed(unreadable);
            }
            if (recorded.isPresent()) {
                pending.answered(recorded.get());
            } else {
                pending.failed(e);
            }
        }
    }

    private static final class Pending {
        private final WorkspaceId workspace;
        private final Order order;
        private volatile boolean done;
        private Recording.Answer answer;
        private RuntimeException error;

        Pending(WorkspaceId workspace, Order order) {
            this.workspace = workspace;
            this.order = order;
        }

        void answered(Recording.Answer answer) {
            this.answer = answer;
            this.done = true;
        }

        void failed(RuntimeException error) {
            this.error = error;
            this.done = true;
        }
    }
}
