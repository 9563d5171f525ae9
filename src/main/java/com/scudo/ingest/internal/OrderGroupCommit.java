package com.scudo.ingest.internal;

import com.scudo.customer.Order;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of live orders. Concurrent requests' orders are recorded in one transaction of the analytical store
 * (one commit, one flush to disk, one statement per table for all of them) instead of one transaction each.
 * Flat combining, with no thread of its own: a request queues its order and takes the lock; whoever holds the lock
 * records everything queued, so a request usually finds its answer ready when its turn comes. Nothing is answered
 * before the group's commit. A group that fails (an order id of another customer, an unknown customer, a race with
 * another instance) is recorded again one order at a time, so each request gets its own answer and its own error.
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
        Pending mine = new Pending(workspace, order);
        queue.add(mine);
        lock.lock();
        try {
            // Whoever held the lock before finished its whole group before letting go: if ours is not answered, it
            // is still queued.
            while (!mine.done) {
                recordGroup(drain());
            }
        } finally {
            lock.unlock();
        }
        return mine.answer();
    }

    /**
     * The orders of one request (a batch), recorded as if each had come in a request of its own: possibly together
     * with other requests' orders, each answered or refused on its own, in the order given.
     */
    public List<Outcome> recordAll(WorkspaceId workspace, List<Order> orders) {
        List<Pending> mine = orders.stream().map(order -> new Pending(workspace, order)).toList();
        queue.addAll(mine);
        lock.lock();
        try {
            while (mine.stream().anyMatch(pending -> !pending.done)) {
                recordGroup(drain());
            }
        } finally {
            lock.unlock();
        }
        return mine.stream().map(pending -> new Outcome(pending.answer, pending.error)).toList();
    }

    /** One order's answer, or why it was refused (the exception its own request would have got). */
    public record Outcome(Recording.Answer answer, RuntimeException error) {
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
        }
    }

    private void recordAlone(Pending pending) {
        try {
            pending.answered(RaceRetry.attempt(() -> recording.orders(pending.workspace, List.of(pending.order)).get(0)));
        } catch (RuntimeException e) {
            pending.failed(e);
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

        Recording.Answer answer() {
            if (error != null) {
                throw error;
            }
            return answer;
        }
    }
}
