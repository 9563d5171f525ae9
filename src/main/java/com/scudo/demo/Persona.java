package com.scudo.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of the brief's ten customers, described by the shape of their history: how many orders, what
 * they spent in total, when they started and last bought, and how they buy. The analytics derive
 * every score from the orders generated from this; nothing here is a score.
 */
record Persona(
        String id,
        String name,
        String email,
        String phone,
        String company,
        String city,
        String region,
        String preferredChannel,
        List<String> categories,
        String orderChannel,
        int orders,
        BigDecimal totalSpent,
        int firstOrderDaysAgo,
        int lastOrderDaysAgo,
        double discountShare,
        List<String> flags,
        boolean seasonal) {

    static Persona of(String id, String name, String company, String city, String region, String preferredChannel,
                      List<String> categories, String orderChannel, int orders, String total, int firstDaysAgo,
                      int lastDaysAgo, double discountShare, List<String> flags, boolean seasonal) {
        String email = name.toLowerCase().replace(' ', '.') + "@email.com";
        String phone = "+1-555-01" + id.substring(id.length() - 2);
        return new Persona(id, name, email, phone, company, city, region, preferredChannel, categories, orderChannel,
                orders, new BigDecimal(total), firstDaysAgo, lastDaysAgo, discountShare, flags, seasonal);
    }
}
