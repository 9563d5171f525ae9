package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The operational profile of one customer, as the merchant knows them. */
public record CustomerProfile(
        WorkspaceId workspace,
        CustomerId id,
        String name,
        String email,
        String phone,
        String company,
        Address address,
        Preferences preferences,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    public CustomerProfile {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        address = address == null ? Address.NONE : address;
        preferences = preferences == null ? Preferences.NONE : preferences;
        tags = tags == null ? List.of() : List.copyOf(tags);
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    public record Address(String city, String region, String country) {
        public static final Address NONE = new Address(null, null, null);
    }

    /** What the customer told us they like: the channel they prefer, categories, contact opt-ins. */
    public record Preferences(String channel, List<String> categories, boolean emailOptIn, boolean smsOptIn) {
        public static final Preferences NONE = new Preferences(null, List.of(), false, false);

        public Preferences {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    /** True when the two profiles say the same about the customer (the update time aside). */
    public boolean sameContentAs(CustomerProfile other) {
        return other != null && withUpdatedAt(createdAt).equals(other.withUpdatedAt(other.createdAt));
    }

    public CustomerProfile withUpdatedAt(Instant time) {
        return new CustomerProfile(workspace, id, name, email, phone, company, address, preferences, tags, createdAt, time);
    }
}
