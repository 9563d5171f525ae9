package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrderMoneyTests {

    private static Order order(String amount, String refunded, boolean cancelled) {
        return new Order(WorkspaceId.of("w"), OrderId.of("o-1"), CustomerId.of("c-1"), Instant.parse("2026-01-01T00:00:00Z"),
                new BigDecimal(amount), "USD", BigDecimal.ZERO, SalesChannel.WEB, List.of(), Set.of(),
                new BigDecimal(refunded), cancelled);
    }

    @Test
    void aPartialRefundNetsTheAmountAndStaysAPurchase() {
        Order o = order("100", "30", false);
        assertThat(o.netAmount()).isEqualByComparingTo("70");
        assertThat(o.isPurchase()).isTrue();
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void aFullRefundOrACancellationIsNoPurchase() {
        assertThat(order("100", "100", false).isPurchase()).isFalse();
        assertThat(order("100", "100", false).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order("100", "0", true).isPurchase()).isFalse();
        assertThat(order("100", "0", true).netAmount()).isEqualByComparingTo("0");
        assertThat(order("100", "0", true).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void shopifyFinancialStatusesAreUnderstood() {
        assertThat(OrderStatus.parse("partially_refunded")).contains(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(OrderStatus.parse("voided")).contains(OrderStatus.CANCELLED);
        assertThat(OrderStatus.parse("authorized")).contains(OrderStatus.PAID);
        assertThat(OrderStatus.parse(null)).contains(OrderStatus.PAID);
        assertThat(OrderStatus.parse("lost in the post")).isEmpty();
    }
}
