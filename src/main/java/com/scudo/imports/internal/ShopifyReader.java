package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import com.scudo.imports.RowError;
import com.scudo.imports.internal.CsvRows.Row;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shopify's orders export: one row per line item, the order's own fields on its first row only.
 * Customers are keyed by e-mail (a deterministic id from the address), orders by Name ("#1001").
 */
final class ShopifyReader implements RecordReader {
    static final List<String> REQUIRED = List.of("Name", "Email", "Created at", "Total", "Lineitem quantity", "Lineitem price");
    private static final List<String> KNOWN = List.of("Name", "Email", "Created at", "Total", "Lineitem quantity",
            "Lineitem price", "Currency", "Discount Amount", "Lineitem name", "Lineitem sku", "Source", "Tags",
            "Cancelled at", "Refunded Amount", "Financial Status", "Accepts Marketing", "Phone", "Billing Name",
            "Billing Company", "Billing City", "Billing Province", "Billing Country", "Billing Phone");

    private final CsvRows csv;
    private final Rows rows;
    private final WorkspaceId workspace;
    private final ZoneId zone;
    private final IngestService ingest;

    ShopifyReader(Path file, WorkspaceId workspace, ZoneId zone, IngestService ingest,
                  com.scudo.imports.ImportOptions options) throws IOException {
        this.csv = new CsvRows(file, REQUIRED, KNOWN, options);
        this.rows = new Rows(csv);
        this.workspace = workspace;
        this.zone = zone;
        this.ingest = ingest;
    }

    @Override
    public Parsed next() {
        List<Row> group = rows.nextGroup(r -> r.get("Name"));
        if (group == null) {
            return null;
        }
        Row first = group.get(0);
        String name = first.get("Name");
        if (name == null) {
            return Rows.rejectGroup(group, "(no Name)", List.of(Rows.error(first, "Name (the order number) is missing")));
        }
        List<RowError> problems = new ArrayList<>();
        List<RowError> duplicates = new ArrayList<>();
        String email = first.get("Email");
        Instant createdAt = null;
        BigDecimal total = null;
        BigDecimal discount = BigDecimal.ZERO;
        String currency = "USD";
        List<String> firstRowProblems = new ArrayList<>();
        if (email == null) {
            firstRowProblems.add("Email is missing; Shopify customers are keyed by e-mail");
        } else if (!Rows.EMAIL.matcher(email).matches()) {
            firstRowProblems.add("Email '" + email + "' is not an e-mail address");
        }
        try {
            createdAt = csv.time("Created at", require(first, "Created at"), zone);
        } catch (RowProblem p) {
            firstRowProblems.add(p.getMessage());
        }
        try {
            total = Values.money("Total", require(first, "Total"), csv.decimalComma());
            discount = first.get("Discount Amount") == null ? BigDecimal.ZERO : Values.money("Discount Amount", first.get("Discount Amount"), csv.decimalComma());
            currency = first.get("Currency") == null ? "USD" : Values.currency("Currency", first.get("Currency"));
        } catch (RowProblem p) {
            firstRowProblems.add(p.getMessage());
        }
        List<OrderCommand.Item> items = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Row row = group.get(i);
            int same = indexOfSame(group, i);
            if (same >= 0) {
                duplicates.add(Rows.error(row, "repeats line " + group.get(same).line() + " of order " + name));
                continue;
            }
            List<String> lineProblems = i == 0 ? firstRowProblems : new ArrayList<>();
            try {
                int quantity = Values.integer("Lineitem quantity", require(row, "Lineitem quantity"));
                if (quantity < 1) {
                    throw new RowProblem("Lineitem quantity " + quantity + (quantity < 0 ? " is negative" : " is zero"));
                }
                BigDecimal price = Values.money("Lineitem price", require(row, "Lineitem price"), csv.decimalComma());
                if (price.signum() < 0) {
                    throw new RowProblem("Lineitem price " + price.toPlainString() + " is negative");
                }
                items.add(new OrderCommand.Item(Rows.cut(row.get("Lineitem sku"), 80), Rows.cut(row.get("Lineitem name"), 200),
                        null, quantity, price));
            } catch (RowProblem p) {
                lineProblems.add(p.getMessage());
            }
            if (!lineProblems.isEmpty()) {
                problems.add(Rows.error(row, String.join("; ", lineProblems)));
            }
        }
        if (!problems.isEmpty()) {
            Parsed rejected = Rows.rejectGroup(group.stream().filter(r -> duplicates.stream().noneMatch(d -> d.line() == r.line())).toList(),
                    name, problems);
            List<RowError> all = new ArrayList<>(rejected.errors());
            all.addAll(duplicates);
            all.sort((a, b) -> Long.compare(a.line(), b.line()));
            return Parsed.rejected(rejected.firstLine(), group.get(group.size() - 1).line(), group.size(), all);
        }
        CustomerId customerId = CustomerId.of(Rows.customerIdForEmail(email));
        Order order;
        try {
            order = ingest.validOrder(workspace, new OrderCommand(name, customerId.value(), createdAt.toString(), total,
                    currency, discount, channel(first.get("Source")), items, flags(first), financialStatus(first),
                    refundedAmount(first)));
        } catch (InvalidInputException e) {
            return Rows.rejectGroup(group, name, List.of(Rows.error(first, e.getMessage())));
        }
        CustomerProfile customer = new CustomerProfile(workspace, customerId, Rows.cut(first.get("Billing Name"), 200),
                email.strip().toLowerCase(Locale.ROOT), Rows.cut(phone(first), 40), Rows.cut(first.get("Billing Company"), 200),
                new CustomerProfile.Address(Rows.cut(first.get("Billing City"), 100), Rows.cut(first.get("Billing Province"), 100),
                        Rows.cut(first.get("Billing Country"), 100)),
                new CustomerProfile.Preferences(null, List.of(), acceptsMarketing(first), false),
                List.of(), order.orderedAt(), order.orderedAt());
        return new Parsed(first.line(), group.get(group.size() - 1).line(), group.size(), order, customer, true, duplicates);
    }

    /** Shopify's order sources, in Scudo's channels: staff-made draft orders are usually taken by phone. */
    static String channel(String source) {
        if (source == null) {
            return "web";
        }
        return switch (source.strip().toLowerCase(Locale.ROOT)) {
            case "pos" -> "store";
            case "shopify_draft_order" -> "phone";
            case "iphone", "android", "mobile_app" -> "mobile";
            default -> "web";
        };
    }

    private List<String> flags(Row first) {
        Set<String> flags = new LinkedHashSet<>();
        for (String tag : Rows.split(first.get("Tags"), ",")) {
            OrderFlag.parse(tag).ifPresent(f -> flags.add(f.label()));
        }
        String refunded = first.get("Refunded Amount");
        boolean refund = false;
        try {
            refund = refunded != null && Values.money("Refunded Amount", refunded, csv.decimalComma()).signum() > 0;
        } catch (RowProblem ignored) {
            // an unreadable refund column does not make the order unreadable
        }
        if (refund || first.get("Cancelled at") != null) {
            flags.add(OrderFlag.RETURNED.label());
        }
        return List.copyOf(flags);
    }

    /** Shopify's Financial Status; a cancelled order is voided whatever its payment state says. */
    private static String financialStatus(Row first) {
        return first.get("Cancelled at") != null ? "voided" : first.get("Financial Status");
    }

    /** The Refunded Amount column: the order's total refunds, netted from its spend by the recording path. */
    private BigDecimal refundedAmount(Row first) {
        String refunded = first.get("Refunded Amount");
        try {
            return refunded == null ? null : Values.money("Refunded Amount", refunded, csv.decimalComma());
        } catch (RowProblem unreadable) {
            throw new InvalidInputException("Refunded Amount", unreadable.getMessage());
        }
    }

    private static boolean acceptsMarketing(Row first) {
        String text = first.get("Accepts Marketing");
        return text != null && (text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("true"));
    }

    private static String phone(Row first) {
        return first.get("Billing Phone") != null ? first.get("Billing Phone") : first.get("Phone");
    }

    private static int indexOfSame(List<Row> group, int i) {
        for (int j = 0; j < i; j++) {
            if (group.get(j).sameValues(group.get(i))) {
                return j;
            }
        }
        return -1;
    }

    private static String require(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RowProblem(column + " is missing");
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
