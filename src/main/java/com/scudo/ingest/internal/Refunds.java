package com.scudo.ingest.internal;

import com.scudo.customer.Order;
import com.scudo.ingest.RefundCommand;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.scudo.ingest.internal.LedgerTables.Refunds.AMOUNT;
import static com.scudo.ingest.internal.LedgerTables.Refunds.CUSTOMER_ID;
import static com.scudo.ingest.internal.LedgerTables.Refunds.ORDER_ID;
import static com.scudo.ingest.internal.LedgerTables.Refunds.REFUNDED_AT;
import static com.scudo.ingest.internal.LedgerTables.Refunds.REFUND_ID;
import static com.scudo.ingest.internal.LedgerTables.Refunds.TABLE;
import static com.scudo.ingest.internal.LedgerTables.Refunds.WORKSPACE_ID;

/**
 * Refunds of recorded orders, idempotent on the refund's id. A refund adds to the order's refunded total
 * and re-records the order: a partial refund nets its amount, a full one takes it out of the purchases.
 */
@Component
public class Refunds {
    private final DSLContext sql;
    private final Recording recording;
    private final Clock clock;

    Refunds(DSLContext sql, Recording recording, Clock clock) {
        this.sql = sql;
        this.recording = recording;
        this.clock = clock;
    }

    public Recording.Answer refund(WorkspaceId workspace, String orderIdText, RefundCommand command) {
        OrderId orderId = OrderId.of(orderIdText);
        String refundId = command.id() == null ? "" : command.id().trim();
        if (refundId.isEmpty() || refundId.length() > 80) {
            throw new InvalidInputException("id", "a refund needs an id of 1-80 characters, so that a retry counts once");
        }
        BigDecimal amount = command.amount();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "amount must be a positive amount with at most 2 decimals, "
                    + "in the order's currency");
        }
        Instant refundedAt = command.refundedAt() == null || command.refundedAt().isBlank() ? clock.instant()
                : parse(command.refundedAt());
        return recording.inTransaction(() -> {
            Order order = recording.recordedOrder(workspace, orderId).orElseThrow(() ->
                    new NotFoundException("No order " + orderId.value() + " is recorded in this workspace"));
            var earlier = sql.select(ORDER_ID, AMOUNT).from(TABLE).where(WORKSPACE_ID.eq(workspace.value()))
                    .and(REFUND_ID.eq(refundId)).fetchOne();
            if (earlier != null) {
                if (earlier.value1().equals(orderId.value()) && earlier.value2().compareTo(amount) == 0) {
                    return new Recording.Answer("created", null);
                }
                throw new ConflictException("Refund " + refundId + " is already recorded with another order or amount");
            }
            BigDecimal total = order.refunded().add(amount);
            if (total.compareTo(order.amount()) > 0) {
                throw new InvalidInputException("amount", "refunds would come to " + total.toPlainString() + " "
                        + order.currency() + ", more than the order's " + order.amount().toPlainString());
            }
            sql.insertInto(TABLE, WORKSPACE_ID, REFUND_ID, ORDER_ID, CUSTOMER_ID, AMOUNT, REFUNDED_AT)
                    .values(workspace.value(), refundId, orderId.value(), order.customerId().value(), amount,
                            refundedAt.atOffset(ZoneOffset.UTC))
                    .execute();
            recording.rerecord(workspace, order.withRefunded(total), "updated");
            return new Recording.Answer("created", null);
        });
    }

    private static Instant parse(String text) {
        Instant at = CommandValidator.parseTime(text.trim());
        if (at == null) {
            throw new InvalidInputException("refundedAt", "refundedAt '" + text + "' is not an ISO-8601 date or time");
        }
        return at;
    }
}
