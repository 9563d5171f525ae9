package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One order as the customer placed it: amount and currency as paid, the refunds so far and whether it
 * was cancelled. The analytical store counts only purchases, net of refunds, in the workspace's
 * reporting currency ({@link #isPurchase()}, {@link #netAmount()}).
 */
public record Order(
        WorkspaceId workspace,
        OrderId id,
        CustomerId customerId,
        Instant orderedAt,
        BigDecimal amount,
        String currency,
        BigDecimal discount,
        SalesChannel channel,
        List<OrderItem> items,
        Set<OrderFlag> flags,
        BigDecimal refunded,
        boolean cancelled) {

    public Order {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(amount, "amount");
        currency = currency == null ? "USD" : currency;
        discount = discount == null ? BigDecimal.ZERO : discount;
        channel = channel == null ? SalesChannel.WEB : channel;
        items = items == null ? List.of() : List.copyOf(items);
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        refunded = refunded == null ? BigDecimal.ZERO : refunded;
    }

    /** A paid order without refunds. */
    public Order(WorkspaceId workspace, OrderId id, CustomerId customerId, Instant orderedAt, BigDecimal amount,
                 String currency, BigDecimal discount, SalesChannel channel, List<OrderItem> items,
                 Set<OrderFlag> flags) {
        this(workspace, id, customerId, orderedAt, amount, currency, discount, channel, items, flags,
                BigDecimal.ZERO, false);
    }

    /** What the customer finally paid: nothing when cancelled, else the amount less refunds. */
    public BigDecimal netAmount() {
        return cancelled ? BigDecimal.ZERO : amount.subtract(refunded).max(BigDecimal.ZERO);
    }

    /** Whether the models count it: not cancelled and not refunded in full. */
    public boolean isPurchase() {
        return netAmount().signum() > 0 || (!cancelled && amount.signum() == 0 && refunded.signum() == 0);
    }

    public OrderStatus status() {
        if (cancelled) {
            return OrderStatus.CANCELLED;
        }
        if (refunded.signum() == 0) {
            return OrderStatus.PAID;
        }
        return refunded.compareTo(amount) >= 0 ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
    }

    public Order withRefunded(BigDecimal total) {
        return new Order(workspace, id, customerId, orderedAt, amount, currency, discount, channel, items, flags,
                total, cancelled);
    }

    public boolean has(OrderFlag flag) {
        return flags.contains(flag);
    }

    public boolean usedDiscount() {
        return discount.signum() > 0;
    }

    /** The distinct categories of the order's items, in item order. */
    public List<String> categories() {
        return items.stream().map(OrderItem::category).filter(Objects::nonNull).distinct().toList();
    }

    /** Same content, compared by value (BigDecimal scale ignored). */
    public boolean sameContentAs(Order other) {
        return other != null
                && id.equals(other.id) && customerId.equals(other.customerId)
                && orderedAt.equals(other.orderedAt)
                && amount.compareTo(other.amount) == 0 && discount.compareTo(other.discount) == 0
                && currency.equals(other.currency) && channel == other.channel
                && flags.equals(other.flags) && sameItems(other.items)
                && refunded.compareTo(other.refunded) == 0 && cancelled == other.cancelled;
    }

    private boolean sameItems(List<OrderItem> others) {
        if (items.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).sameContentAs(others.get(i))) {
                return false;
            }
        }
        return true;
    }

    public record OrderItem(String sku, String name, String category, int quantity, BigDecimal unitPrice) {
        public OrderItem {
            unitPrice = unitPrice == null ? BigDecimal.ZERO : unitPrice;
        }

        boolean sameContentAs(OrderItem other) {
            return Objects.equals(sku, other.sku) && Objects.equals(name, other.name)
                    && Objects.equals(category, other.category) && quantity == other.quantity
                    && unitPrice.compareTo(other.unitPrice) == 0;
        }
    }
}
