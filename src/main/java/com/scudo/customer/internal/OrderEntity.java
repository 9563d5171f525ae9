package com.scudo.customer.internal;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import java.math.BigDecimal;
import java.util.List;

/**
 * Item of the {@code orders} table: key = workspace#customer + order id (idempotency), with the
 * local index {@code by-date} on the order time so a customer's history is one query, newest first.
 */
@DynamoDbBean
public class OrderEntity {
    private String customerKey;
    private String orderId;
    private String orderedAt;
    private String workspaceId;
    private String customerId;
    private BigDecimal amount;
    private String currency;
    private BigDecimal discount;
    private String channel;
    private List<LineItemEntity> items;
    private List<String> flags;
    private BigDecimal refunded;
    private Boolean cancelled;
    private String syncPending;
    private String syncToken;

    @DynamoDbPartitionKey
    @DynamoDbAttribute("customer_key")
    public String getCustomerKey() { return customerKey; }
    public void setCustomerKey(String v) { customerKey = v; }

    @DynamoDbSortKey
    @DynamoDbAttribute("order_id")
    public String getOrderId() { return orderId; }
    public void setOrderId(String v) { orderId = v; }

    @DynamoDbSecondarySortKey(indexNames = Keys.BY_DATE_INDEX)
    @DynamoDbAttribute("ordered_at")
    public String getOrderedAt() { return orderedAt; }
    public void setOrderedAt(String v) { orderedAt = v; }

    @DynamoDbAttribute("workspace_id")
    public String getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(String v) { workspaceId = v; }

    @DynamoDbAttribute("customer_id")
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }

    @DynamoDbAttribute("amount")
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }

    @DynamoDbAttribute("currency")
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }

    @DynamoDbAttribute("discount")
    public BigDecimal getDiscount() { return discount; }
    public void setDiscount(BigDecimal v) { discount = v; }

    @DynamoDbAttribute("channel")
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }

    @DynamoDbAttribute("items")
    public List<LineItemEntity> getItems() { return items; }
    public void setItems(List<LineItemEntity> v) { items = v; }

    @DynamoDbAttribute("flags")
    public List<String> getFlags() { return flags; }
    public void setFlags(List<String> v) { flags = v; }

    @DynamoDbSecondaryPartitionKey(indexNames = Keys.PENDING_INDEX)
    @DynamoDbAttribute("refunded")
    public BigDecimal getRefunded() { return refunded; }
    public void setRefunded(BigDecimal v) { refunded = v; }

    @DynamoDbAttribute("cancelled")
    public Boolean getCancelled() { return cancelled; }
    public void setCancelled(Boolean v) { cancelled = v; }

    @DynamoDbAttribute("sync_pending")
    public String getSyncPending() { return syncPending; }
    public void setSyncPending(String v) { syncPending = v; }

    @DynamoDbSecondarySortKey(indexNames = Keys.PENDING_INDEX)
    @DynamoDbAttribute("sync_token")
    public String getSyncToken() { return syncToken; }
    public void setSyncToken(String v) { syncToken = v; }
}
