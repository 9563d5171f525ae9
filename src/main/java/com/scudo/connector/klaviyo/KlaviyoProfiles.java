package com.scudo.connector.klaviyo;

import com.scudo.analytics.ExpectedNextOrders;
import com.scudo.segment.SegmentMember;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Segment members as Klaviyo profiles: matched by {@code external_id} (the customer key) and e-mail, with Scudo's
 * scores as properties. The one place the connector reads scores for Klaviyo: the members' figures from the
 * segment, the expected next order from analytics. A property the model has no value for is sent as null, so a
 * date that no longer holds does not linger in Klaviyo.
 */
@Component
class KlaviyoProfiles {
    private final ExpectedNextOrders nextOrders;

    KlaviyoProfiles(ExpectedNextOrders nextOrders) {
        this.nextOrders = nextOrders;
    }

    void addTo(ArrayNode profiles, WorkspaceId workspace, List<SegmentMember> members) {
        Map<CustomerId, LocalDate> next = nextOrders.nextOrderDates(workspace,
                members.stream().map(m -> CustomerId.of(m.customerId())).toList());
        for (SegmentMember member : members) {
            ObjectNode attributes = profiles.addObject().put("type", "profile").putObject("attributes");
            attributes.put("external_id", member.customerId());
            if (member.email() != null) {
                attributes.put("email", member.email());
            }
            ObjectNode properties = attributes.putObject("properties");
            properties.put("scudo_churn", member.churn());
            properties.put("scudo_clv", member.clv());
            properties.put("scudo_segment", member.primarySegment());
            properties.put("scudo_lifecycle", member.lifecycle());
            properties.put("scudo_total_spent", member.totalSpent());
            properties.put("scudo_last_order", date(member.lastOrder()));
            properties.put("scudo_next_order", date(next.get(CustomerId.of(member.customerId()))));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
