package com.scudo.customer.internal;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** Item of the {@code customer_interactions} table, keyed like orders. */
@DynamoDbBean
public class InteractionEntity {
    private String customerKey;
    private String interactionId;
    private String occurredAt;
    private String workspaceId;
    private String customerId;
    private String type;
    private String channel;
    private String detail;
    private String syncPending;
    private String syncToken;

    @DynamoDbPartitionKey
    @DynamoDbAttribute("customer_key")
    public String getCustomerKey() { return customerKey; }
    public void setCustomerKey(String v) { customerKey = v; }

    @DynamoDbSortKey
    @DynamoDbAttribute("interaction_id")
    public String getInteractionId() { return interactionId; }
    public void setInteractionId(String v) { interactionId = v; }

    @DynamoDbSecondarySortKey(indexNames = Keys.BY_DATE_INDEX)
    @DynamoDbAttribute("occurred_at")
    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String v) { occurredAt = v; }

    @DynamoDbAttribute("workspace_id")
    public String getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(String v) { workspaceId = v; }

    @DynamoDbAttribute("customer_id")
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }

    @DynamoDbAttribute("type")
    public String getType() { return type; }
    public void setType(String v) { type = v; }

    @DynamoDbAttribute("channel")
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }

    @DynamoDbAttribute("detail")
    public String getDetail() { return detail; }
    public void setDetail(String v) { detail = v; }

    @DynamoDbSecondaryPartitionKey(indexNames = Keys.PENDING_INDEX)
    @DynamoDbAttribute("sync_pending")
    public String getSyncPending() { return syncPending; }
    public void setSyncPending(String v) { syncPending = v; }

    @DynamoDbSecondarySortKey(indexNames = Keys.PENDING_INDEX)
    @DynamoDbAttribute("sync_token")
    public String getSyncToken() { return syncToken; }
    public void setSyncToken(String v) { syncToken = v; }
}
