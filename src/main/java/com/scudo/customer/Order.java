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

/** One order in the operational store; the analytical store keeps an append-only copy. */
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
        Set<OrderFlag> flags) {

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
                && flags.equals(other.flags) && sameItems(other.items);
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
