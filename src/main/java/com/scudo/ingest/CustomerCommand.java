package com.scudo.ingest;

import java.util.List;

/**
 * Add or update a customer. Text as it arrives from JSON or a CSV row; {@link IngestService}
 * validates it and names every problem.
 */
public record CustomerCommand(
        String id,
        String name,
        String email,
        String phone,
        String company,
        String city,
        String region,
        String country,
        Preferences preferences,
        List<String> tags,
        String createdAt) {

    public record Preferences(String channel, List<String> categories, Boolean emailOptIn, Boolean smsOptIn) {
    }

    public CustomerCommand withId(String newId) {
        return new CustomerCommand(newId, name, email, phone, company, city, region, country, preferences, tags, createdAt);
    }
}
