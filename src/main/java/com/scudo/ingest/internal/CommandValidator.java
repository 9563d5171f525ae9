package com.scudo.ingest.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionType;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import com.scudo.customer.OrderStatus;
import com.scudo.money.Currencies;
import com.scudo.customer.SalesChannel;
import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.InteractionCommand;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidInputException.FieldProblem;
import com.scudo.shared.OrderId;
import com.scudo.shared.PlainText;
import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns ingest commands into domain records, naming every problem in the input at once. */
public final class CommandValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final Clock clock;
    private final java.util.function.Function<WorkspaceId, String> defaultCurrency;

    public CommandValidator(Clock clock) {
        this(clock, workspace -> "USD");
    }

    /** {@code defaultCurrency}: the currency of an order that names none (the workspace's reporting currency). */
    public CommandValidator(Clock clock, java.util.function.Function<WorkspaceId, String> defaultCurrency) {
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    public CustomerProfile customer(WorkspaceId workspace, CustomerCommand c, Instant existingCreatedAt) {
        Problems p = new Problems();
        CustomerId id = p.id("id", c.id(), CustomerId::of);
        String name = p.text("name", c.name(), 200, true);
        String email = p.text("email", c.email(), 320, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            p.add("email", "email '" + email + "' is not an e-mail address");
        }
        String phone = p.text("phone", c.phone(), 40, false);
        String company = p.text("company", c.company(), 200, false);
        String city = p.text("city", c.city(), 100, false);
        String region = p.text("region", c.region(), 100, false);
        String country = p.text("country", c.country(), 100, false);
        CustomerCommand.Preferences prefs = c.preferences();
        String channel = prefs == null ? null : p.text("preferences.channel", prefs.channel(), 20, false);
        List<String> categories = prefs == null ? List.of() : p.labels("preferences.categories", prefs.categories());
        List<String> tags = p.labels("tags", c.tags());
        Instant createdAt = c.createdAt() == null || c.createdAt().isBlank()
                ? (existingCreatedAt != null ? existingCreatedAt : clock.instant().truncatedTo(ChronoUnit.MILLIS))
                : p.time("createdAt", c.createdAt());
        p.throwIfAny();
        return new CustomerProfile(workspace, id, name, email == null ? null : email.toLowerCase(Locale.ROOT),
                phone, company, new CustomerProfile.Address(city, region, country),
                new CustomerProfile.Preferences(channel == null ? null : channel.toLowerCase(Locale.ROOT), categories,
                        prefs != null && Boolean.TRUE.equals(prefs.emailOptIn()),
                        prefs != null && Boolean.TRUE.equals(prefs.smsOptIn())),
                tags, createdAt, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    public Order order(WorkspaceId workspace, OrderCommand o) {
        Problems p = new Problems();
        OrderId id = p.id("id", o.id(), OrderId::of);
        CustomerId customer = p.id("customerId", o.customerId(), CustomerId::of);
        Instant orderedAt = o.orderedAt() == null || o.orderedAt().isBlank()
                ? p.missing("orderedAt", Instant.class) : p.time("orderedAt", o.orderedAt());
        BigDecimal amount = p.money("amount", o.amount(), true);
        BigDecimal discount = p.money("discount", o.discount(), false);
        String currency = o.currency() == null || o.currency().isBlank()
                ? defaultCurrency.apply(workspace) : o.currency().trim().toUpperCase(Locale.ROOT);
        if (!Currencies.isKnown(currency)) {
            p.add("currency", Currencies.problem(o.currency()));
        }
        if (amount != null && discount != null && discount.compareTo(amount) > 0) {
            p.add("discount", "discount " + discount.toPlainString() + " is larger than the amount "
                    + amount.toPlainString() + "; the amount is what the customer paid after the discount");
        }
        OrderStatus status = OrderStatus.parse(o.financialStatus()).orElse(null);
        if (status == null) {
            p.add("financialStatus", "financialStatus '" + o.financialStatus()
                    + "' is not one of paid, partially_refunded, refunded, voided, cancelled");
        }
        BigDecimal refunded = p.money("refundedAmount", o.refundedAmount(), false);
        if (amount != null && refunded != null && refunded.compareTo(amount) > 0) {
            p.add("refundedAmount", "refundedAmount " + refunded.toPlainString() + " is larger than the amount "
                    + amount.toPlainString());
        }
        if (amount != null && refunded != null && status == OrderStatus.REFUNDED && refunded.signum() == 0) {
            refunded = amount; // refunded without a figure: refunded in full
        }
        SalesChannel channel = SalesChannel.WEB;
        if (o.channel() != null && !o.channel().isBlank()) {
            channel = SalesChannel.parse(o.channel()).orElse(null);
            if (channel == null) {
                p.add("channel", "channel '" + o.channel() + "' is not one of web, mobile, store, phone");
            }
        }
        List<Order.OrderItem> items = new ArrayList<>();
        List<OrderCommand.Item> inputItems = o.items() == null ? List.of() : o.items();
        if (inputItems.size() > 500) {
            p.add("items", "an order may have at most 500 items, this one has " + inputItems.size());
        } else {
            for (int i = 0; i < inputItems.size(); i++) {
                items.add(p.item("items[" + i + "]", inputItems.get(i)));
            }
        }
        Set<OrderFlag> flags = EnumSet.noneOf(OrderFlag.class);
        for (String flag : o.flags() == null ? List.<String>of() : o.flags()) {
            OrderFlag parsed = OrderFlag.parse(flag).orElse(null);
            if (parsed == null) {
                p.add("flags", "flag '" + flag + "' is not one of seasonal, gift, bulk, returned, first_order");
            } else {
                flags.add(parsed);
            }
        }
        p.throwIfAny();
        return new Order(workspace, id, customer, orderedAt, amount, currency, discount, channel, items, flags, refunded,
                status == OrderStatus.CANCELLED);
    }

    public Interaction interaction(WorkspaceId workspace, InteractionCommand c) {
        Problems p = new Problems();
        String id = p.text("id", c.id(), 80, true);
        CustomerId customer = p.id("customerId", c.customerId(), CustomerId::of);
        InteractionType type = InteractionType.parse(c.type()).orElse(null);
        if (type == null) {
            p.add("type", "type '" + c.type() + "' is not one of email_open, email_click, site_visit, support_ticket, campaign_response");
        }
        Instant occurredAt = c.occurredAt() == null || c.occurredAt().isBlank()
                ? clock.instant().truncatedTo(ChronoUnit.MILLIS) : p.time("occurredAt", c.occurredAt());
        String channel = p.text("channel", c.channel(), 20, false);
        String detail = p.text("detail", c.detail(), 500, false);
        p.throwIfAny();
        return new Interaction(workspace, id, customer, type, channel == null ? null : channel.toLowerCase(Locale.ROOT),
                occurredAt, detail);
    }

    /** Collects problems instead of stopping at the first one. */
    private final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }

        <T> T missing(String field, Class<T> type) {
            add(field, field + " is required");
            return null;
        }

        <T> T id(String field, String value, Function<String, T> factory) {
            if (value == null || value.isBlank()) {
                return missing(field, null);
            }
            try {
                return factory.apply(value.trim());
            } catch (IllegalArgumentException e) {
                add(field, e.getMessage());
                return null;
            }
        }

        String text(String field, String value, int maxLength, boolean required) {
            if (value == null || value.isBlank()) {
                return required ? missing(field, String.class) : null;
            }
            String trimmed = value.strip();
            if (trimmed.length() > maxLength) {
                add(field, field + " is " + trimmed.length() + " characters long; at most " + maxLength + " are allowed");
                return null;
            }
            if (PlainText.hasHiddenCharacters(trimmed)) {
                add(field, field + " contains control or bidirectional-control characters");
                return null;
            }
            return trimmed;
        }

        List<String> labels(String field, List<String> values) {
            if (values == null) {
                return List.of();
            }
            if (values.size() > 50) {
                add(field, field + " has " + values.size() + " entries; at most 50 are allowed");
                return List.of();
            }
            List<String> result = new ArrayList<>();
            for (String value : values) {
                String label = text(field, value, 60, false);
                if (label != null && label.contains("|")) {
                    add(field, field + " entry '" + label + "' contains '|', which is not allowed");
                } else if (label != null && !result.contains(label.toLowerCase(Locale.ROOT))) {
                    result.add(label.toLowerCase(Locale.ROOT));
                }
            }
            return result;
        }

        Instant time(String field, String text) {
            Instant parsed = parseTime(text.trim());
            if (parsed == null) {
                add(field, field + " '" + text + "' is not a date or time; use ISO-8601 such as 2024-03-15 or 2024-03-15T14:30:00Z");
                return null;
            }
            if (parsed.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
                add(field, field + " " + text + " lies in the future");
                return null;
            }
            if (parsed.isBefore(Instant.parse("1970-01-01T00:00:00Z"))) {
                add(field, field + " " + text + " is before 1970");
                return null;
            }
            return parsed.truncatedTo(ChronoUnit.MILLIS);
        }

        BigDecimal money(String field, BigDecimal value, boolean required) {
            if (value == null) {
                return required ? missing(field, BigDecimal.class) : BigDecimal.ZERO;
            }
            if (value.signum() < 0) {
                add(field, field + " " + value.toPlainString() + " is negative");
                return null;
            }
            if (value.compareTo(MAX_AMOUNT) >= 0) {
                add(field, field + " " + value.toPlainString() + " is too large");
                return null;
            }
            if (value.stripTrailingZeros().scale() > 2) {
                add(field, field + " " + value.toPlainString() + " has more than 2 decimals");
                return null;
            }
            return value;
        }

        Order.OrderItem item(String field, OrderCommand.Item item) {
            if (item == null) {
                add(field, field + " is empty");
                return null;
            }
            int quantity = item.quantity() == null ? 1 : item.quantity();
            if (quantity < 1 || quantity > 100_000) {
                add(field + ".quantity", field + ".quantity " + quantity + " must be between 1 and 100000");
            }
            BigDecimal price = money(field + ".unitPrice", item.unitPrice(), false);
            String category = text(field + ".category", item.category(), 60, false);
            return new Order.OrderItem(text(field + ".sku", item.sku(), 80, false),
                    text(field + ".name", item.name(), 200, false),
                    category == null ? null : category.toLowerCase(Locale.ROOT), quantity, price);
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InvalidInputException(list);
            }
        }
    }

    /** ISO instant, offset date-time, local date-time (taken as UTC) or a plain date (UTC midnight). */
    public static Instant parseTime(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
