package com.scudo.customer.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionType;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import com.scudo.customer.SalesChannel;
import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Maps between the module's records and the DynamoDB items. */
final class EntityMapper {
    private EntityMapper() {
    }

    static CustomerEntity toEntity(CustomerProfile p) {
        CustomerEntity e = new CustomerEntity();
        e.setWorkspaceId(p.workspace().value());
        e.setCustomerId(p.id().value());
        e.setEmailKey(Keys.emailKey(p.workspace(), p.email()));
        e.setName(p.name());
        e.setEmail(p.email());
        e.setPhone(p.phone());
        e.setCompany(p.company());
        e.setCity(p.address().city());
        e.setRegion(p.address().region());
        e.setCountry(p.address().country());
        e.setPreferredChannel(p.preferences().channel());
        e.setPreferredCategories(emptyToNull(p.preferences().categories()));
        e.setEmailOptIn(p.preferences().emailOptIn());
        e.setSmsOptIn(p.preferences().smsOptIn());
        e.setTags(emptyToNull(p.tags()));
        e.setCreatedAt(Keys.sortableTime(p.createdAt()));
        e.setUpdatedAt(Keys.sortableTime(p.updatedAt()));
        return e;
    }

    static CustomerProfile toProfile(CustomerEntity e) {
        return new CustomerProfile(
                WorkspaceId.of(e.getWorkspaceId()), CustomerId.of(e.getCustomerId()),
                e.getName(), e.getEmail(), e.getPhone(), e.getCompany(),
                new CustomerProfile.Address(e.getCity(), e.getRegion(), e.getCountry()),
                new CustomerProfile.Preferences(e.getPreferredChannel(), e.getPreferredCategories(),
                        Boolean.TRUE.equals(e.getEmailOptIn()), Boolean.TRUE.equals(e.getSmsOptIn())),
                e.getTags(), Keys.parseTime(e.getCreatedAt()), Keys.parseTime(e.getUpdatedAt()));
    }

    static OrderEntity toEntity(Order o) {
        OrderEntity e = new OrderEntity();
        e.setCustomerKey(Keys.customerKey(o.workspace(), o.customerId()));
        e.setOrderId(o.id().value());
        e.setOrderedAt(Keys.sortableTime(o.orderedAt()));
        e.setWorkspaceId(o.workspace().value());
        e.setCustomerId(o.customerId().value());
        e.setAmount(o.amount());
        e.setCurrency(o.currency());
        e.setDiscount(o.discount());
        e.setChannel(o.channel().label());
        e.setItems(o.items().isEmpty() ? null : o.items().stream().map(EntityMapper::toEntity).toList());
        e.setFlags(o.flags().isEmpty() ? null : o.flags().stream().sorted().map(OrderFlag::name).toList());
        e.setRefunded(o.refunded().signum() == 0 ? null : o.refunded());
        e.setCancelled(o.cancelled() ? Boolean.TRUE : null);
        return e;
    }

    static Order toOrder(OrderEntity e) {
        Set<OrderFlag> flags = EnumSet.noneOf(OrderFlag.class);
        if (e.getFlags() != null) {
            e.getFlags().forEach(f -> flags.add(OrderFlag.valueOf(f)));
        }
        List<Order.OrderItem> items = e.getItems() == null ? List.of()
                : e.getItems().stream().map(EntityMapper::toItem).toList();
        return new Order(WorkspaceId.of(e.getWorkspaceId()), OrderId.of(e.getOrderId()),
                CustomerId.of(e.getCustomerId()), Keys.parseTime(e.getOrderedAt()), e.getAmount(),
                e.getCurrency(), e.getDiscount(), SalesChannel.parse(e.getChannel()).orElse(SalesChannel.WEB),
                items, flags, e.getRefunded(), Boolean.TRUE.equals(e.getCancelled()));
    }

    static InteractionEntity toEntity(Interaction i) {
        InteractionEntity e = new InteractionEntity();
        e.setCustomerKey(Keys.customerKey(i.workspace(), i.customerId()));
        e.setInteractionId(i.id());
        e.setOccurredAt(Keys.sortableTime(i.occurredAt()));
        e.setWorkspaceId(i.workspace().value());
        e.setCustomerId(i.customerId().value());
        e.setType(i.type().name());
        e.setChannel(i.channel());
        e.setDetail(i.detail());
        return e;
    }

    static Interaction toInteraction(InteractionEntity e) {
        return new Interaction(WorkspaceId.of(e.getWorkspaceId()), e.getInteractionId(),
                CustomerId.of(e.getCustomerId()), InteractionType.valueOf(e.getType()), e.getChannel(),
                Keys.parseTime(e.getOccurredAt()), e.getDetail());
    }

    private static LineItemEntity toEntity(Order.OrderItem item) {
        LineItemEntity e = new LineItemEntity();
        e.setSku(item.sku());
        e.setName(item.name());
        e.setCategory(item.category());
        e.setQuantity(item.quantity());
        e.setUnitPrice(item.unitPrice());
        return e;
    }

    private static Order.OrderItem toItem(LineItemEntity e) {
        return new Order.OrderItem(e.getSku(), e.getName(), e.getCategory(),
                e.getQuantity() == null ? 1 : e.getQuantity(), e.getUnitPrice());
    }

    private static List<String> emptyToNull(List<String> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
