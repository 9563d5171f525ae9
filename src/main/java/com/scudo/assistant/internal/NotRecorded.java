package com.scudo.assistant.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words for what the shop never tells Scudo (birthdays, costs, ad spend, reviews, stock): a question that was not
 * understood because of one hears that the data is not there, and what is, rather than only "I did not understand".
 */
final class NotRecorded {
    private static final Map<Set<String>, String> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(Set.of("birthday", "birthdays", "birth", "born", "age", "ages", "aged", "old", "older", "younger",
                "gender", "male", "female", "men", "women", "demographics", "demographic"), "customers' birthdays, ages or gender");
        TOPICS.put(Set.of("profit", "profits", "profitable", "margin", "margins", "cost", "costs", "cogs"),
                "costs or margins (only what customers paid)");
        TOPICS.put(Set.of("ad", "ads", "advertising", "roas", "cac", "acquisition", "cpc", "impressions"),
                "ad spend or what it cost to win a customer");
        TOPICS.put(Set.of("review", "reviews", "rating", "ratings", "rated", "nps", "satisfaction", "satisfied", "happy",
                "unhappy", "sentiment"), "reviews, ratings or satisfaction scores");
        TOPICS.put(Set.of("stock", "inventory", "sku", "skus", "warehouse"), "stock or inventory");
        TOPICS.put(Set.of("shipping", "delivery", "deliveries", "shipped", "courier", "tracking"), "shipping or delivery");
        TOPICS.put(Set.of("sent", "sends", "unsubscribe", "unsubscribed", "bounced", "bounces", "bounce"),
                "e-mails sent, bounces or unsubscribes (only opens, clicks and the marketing opt-in)");
    }

    private NotRecorded() {
    }

    /** "Scudo is not told customers' birthdays, …": when one of {@code words} names such a topic. */
    static Optional<String> note(List<String> words) {
        List<String> topics = TOPICS.entrySet().stream().filter(t -> words.stream().anyMatch(t.getKey()::contains))
                .map(Map.Entry::getValue).toList();
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Scudo is not told " + Words.and(topics) + ", so I cannot answer that. It knows each customer's"
                + " orders (amounts, dates, channels, categories, discounts, refunds), profile (name, e-mail, place,"
                + " company, tags, marketing opt-in) and contacts (e-mail opens and clicks, site visits, support tickets,"
                + " campaign responses).");
    }
}
