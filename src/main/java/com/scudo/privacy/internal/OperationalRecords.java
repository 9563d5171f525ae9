package com.scudo.privacy.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.OperationalPersonalData;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import com.scudo.customer.RealtimeCounters;
import com.scudo.privacy.CustomerDataExport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The DynamoDB records of one customer as plain maps, every stored field included. */
final class OperationalRecords {
    private OperationalRecords() {
    }

    static CustomerDataExport.Operational of(OperationalPersonalData.Held held) {
        return new CustomerDataExport.Operational(held.profile().map(OperationalRecords::profile).orElse(null),
                held.orders().stream().map(OperationalRecords::order).toList(),
                held.interactions().stream().map(OperationalRecords::interaction).toList(),
                held.counters().map(OperationalRecords::counters).orElse(null));
    }

    private static Map<String, Object> profile(CustomerProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerId", p.id().value());
        m.put("name", p.name());
        m.put("email", p.email());
        m.put("phone", p.phone());
        m.put("company", p.company());
        m.put("city", p.address().city());
        m.put("region", p.address().region());
        m.put("country", p.address().country());
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("channel", p.preferences().channel());
        prefs.put("categories", p.preferences().categories());
        prefs.put("emailOptIn", p.preferences().emailOptIn());
        prefs.put("smsOptIn", p.preferences().smsOptIn());
        m.put("preferences", prefs);
        m.put("tags", p.tags());
        m.put("createdAt", p.createdAt().toString());
        m.put("updatedAt", p.updatedAt().toString());
        return m;
    }

    private static Map<String, Object> order(Order o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", o.id().value());
        m.put("orderedAt", o.orderedAt().toString());
        m.put("amount", o.amount());
        m.put("currency", o.currency());
        m.put("discount", o.discount());
        m.put("channel", o.channel().label());
        m.put("flags", o.flags().stream().map(OrderFlag::label).sorted().toList());
        List<Map<String, Object>> items = o.items().stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", i.sku());
            item.put("name", i.name());
            item.put("category", i.category());
            item.put("quantity", i.quantity());
            item.put("unitPrice", i.unitPrice());
            return item;
        }).toList();
        m.put("items", items);
        return m;
    }

    private static Map<String, Object> interaction(Interaction i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interactionId", i.id());
        m.put("type", i.type().label());
        m.put("channel", i.channel());
        m.put("occurredAt", i.occurredAt().toString());
        m.put("detail", i.detail());
        return m;
    }

    private static Map<String, Object> counters(RealtimeCounters c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orders", c.orders());
        m.put("revenue", c.revenue());
        m.put("interactions", c.interactions());
        m.put("lastSeen", c.lastSeen() == null ? null : c.lastSeen().toString());
        return m;
    }
}
