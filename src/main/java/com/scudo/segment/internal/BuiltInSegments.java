package com.scudo.segment.internal;

import java.util.List;

/**
 * The 13 segments every workspace starts with, in priority order: a customer's primary segment is the first
 * one here that matches. Built-in segments can be edited (rule, name, description, priority) but not deleted.
 */
final class BuiltInSegments {

    record Definition(String id, String name, String description, String rule, int priority) {
    }

    /** Priorities are 10, 20, ... so that custom segments can be slotted in between. */
    static final int PRIORITY_STEP = 10;
    private static final List<String> ORDER = List.of("VIP_HIGH_VALUE", "BUSINESS_PROFESSIONAL", "PRICE_SENSITIVE",
            "AT_RISK", "DORMANT", "NEW_CUSTOMER", "HIGH_AOV", "FASHION_ENTHUSIAST", "SEASONAL_SHOPPER", "LOYAL_REGULAR",
            "RISING_SPENDER", "MOBILE_FIRST", "ONE_TIME_BUYER");

    static final List<Definition> ALL = List.of(
            def("VIP_HIGH_VALUE", "VIP customers", "Your most valuable customers: they buy often, recently and spend the most.",
                    "lifecycle = \"VIP\""),
            def("BUSINESS_PROFESSIONAL", "Business buyers",
                    "Customers buying for a company (a company name, or tagged b2b, business or wholesale).",
                    "company is not null or tags contains any (\"b2b\", \"business\", \"wholesale\")"),
            def("PRICE_SENSITIVE", "Deal seekers", "Repeat customers who buy with a discount at least half of the time.",
                    "discount_rate >= 0.5 and orders >= 3"),
            def("AT_RISK", "At risk", "Still likely to buy but slipping (churn risk of 25% or more, not yet dormant):"
                    + " worth a retention offer before they go.", "lifecycle = \"At-Risk\""),
            def("DORMANT", "Dormant", "Gone quiet: no order for a long time, or so long past their usual rhythm that they"
                    + " have most likely stopped buying. A win-back case.", "lifecycle = \"Dormant\""),
            def("NEW_CUSTOMER", "New customers", "Customers who placed their first order recently.", "lifecycle = \"New\""),
            def("HIGH_AOV", "Big baskets", "Customers whose average order is worth 400 or more.", "aov >= 400"),
            def("FASHION_ENTHUSIAST", "Fashion lovers", "Repeat customers who buy fashion.",
                    "\"fashion\" in categories and orders >= 3"),
            def("SEASONAL_SHOPPER", "Seasonal shoppers", "Customers who place most of their orders in holiday seasons.",
                    "holiday_share >= 0.6 and orders >= 3"),
            def("LOYAL_REGULAR", "Loyal regulars", "Customers with ten or more orders who are likely to keep buying.",
                    "orders >= 10 and churn < 0.25"),
            def("RISING_SPENDER", "Rising spenders",
                    "Customers who spent at least 1.5 times as much in the last 180 days as in the 180 days before.",
                    "spend_trend >= 1.5 and orders >= 3"),
            def("MOBILE_FIRST", "Mobile shoppers", "Customers who mostly order from their phone.", "channel = \"mobile\""),
            def("ONE_TIME_BUYER", "One-time buyers", "Customers with a single order more than 60 days ago.",
                    "orders = 1 and days_since_last_order > 60"));

    private BuiltInSegments() {
    }

    private static Definition def(String id, String name, String description, String rule) {
        return new Definition(id, name, description, rule, PRIORITY_STEP * (1 + ORDER.indexOf(id)));
    }

    static boolean isBuiltIn(String id) {
        return ALL.stream().anyMatch(d -> d.id().equals(id));
    }
}
