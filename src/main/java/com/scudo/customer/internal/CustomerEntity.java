package com.scudo.customer.internal;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import java.util.List;

/** Item of the {@code customers} table. Public only because the mapper needs it. */
@DynamoDbBean
public class CustomerEntity {
    private String workspaceId;
    private String customerId;
    private String emailKey;
    private String name;
    private String email;
    private String phone;
    private String company;
    private String city;
    private String region;
    private String country;
    private String preferredChannel;
    private List<String> preferredCategories;
    private Boolean emailOptIn;
    private Boolean smsOptIn;
    private List<String> tags;
    private String createdAt;
    private String updatedAt;
    private String syncPending;
    private String syncToken;

    @DynamoDbPartitionKey
    @DynamoDbAttribute("workspace_id")
    public String getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(String v) { workspaceId = v; }

    @DynamoDbSortKey
    @DynamoDbAttribute("customer_id")
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }

    @DynamoDbSecondaryPartitionKey(indexNames = Keys.EMAIL_INDEX)
    @DynamoDbAttribute("email_key")
    public String getEmailKey() { return emailKey; }
    public void setEmailKey(String v) { emailKey = v; }

    @DynamoDbAttribute("name")
    public String getName() { return name; }
    public void setName(String v) { name = v; }

    @DynamoDbAttribute("email")
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }

    @DynamoDbAttribute("phone")
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }

    @DynamoDbAttribute("company")
    public String getCompany() { return company; }
    public void setCompany(String v) { company = v; }

    @DynamoDbAttribute("city")
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }

    @DynamoDbAttribute("region")
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }

    @DynamoDbAttribute("country")
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }

    @DynamoDbAttribute("preferred_channel")
    public String getPreferredChannel() { return preferredChannel; }
    public void setPreferredChannel(String v) { preferredChannel = v; }

    @DynamoDbAttribute("preferred_categories")
    public List<String> getPreferredCategories() { return preferredCategories; }
    public void setPreferredCategories(List<String> v) { preferredCategories = v; }

    @DynamoDbAttribute("email_opt_in")
    public Boolean getEmailOptIn() { return emailOptIn; }
    public void setEmailOptIn(Boolean v) { emailOptIn = v; }

    @DynamoDbAttribute("sms_opt_in")
    public Boolean getSmsOptIn() { return smsOptIn; }
    public void setSmsOptIn(Boolean v) { smsOptIn = v; }

    @DynamoDbAttribute("tags")
    public List<String> getTags() { return tags; }
    public void setTags(List<String> v) { tags = v; }

    @DynamoDbAttribute("created_at")
    public String getCreatedAt() { return createdAt; }
    public void setCreatedAt(String v) { createdAt = v; }

    @DynamoDbAttribute("updated_at")
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String v) { updatedAt = v; }

    @DynamoDbSecondaryPartitionKey(indexNames = Keys.PENDING_INDEX)
    @DynamoDbAttribute("sync_pending")
    public String getSyncPending() { return syncPending; }
    public void setSyncPending(String v) { syncPending = v; }

    @DynamoDbSecondarySortKey(indexNames = Keys.PENDING_INDEX)
    @DynamoDbAttribute("sync_token")
    public String getSyncToken() { return syncToken; }
    public void setSyncToken(String v) { syncToken = v; }
}
