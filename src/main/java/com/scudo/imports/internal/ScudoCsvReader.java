package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.RowError;
import com.scudo.imports.internal.CsvRows.Row;
import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.InteractionCommand;
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
import java.util.List;
import java.util.Locale;

/**
 * Scudo's own CSV formats (docs/import-format.md). Rows are checked by the same rules as the
 * ingest API. Orders: one row per line item, consecutive rows with the same order_id form one order
 * and the order's fields are read from its first row; a file with one row per order is the special
 * case of one item each (or none, with only the amount).
 */
final class ScudoCsvReader implements RecordReader {
    private static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "name");
    private static final List<String> ORDER_COLUMNS = List.of("order_id", "customer_id", "ordered_at");
    private static final List<String> INTERACTION_COLUMNS = List.of("interaction_id", "customer_id", "type", "occurred_at");
    private static final List<String> CUSTOMER_KNOWN = List.of("customer_id", "name", "email", "phone", "company", "city",
            "region", "country", "preferred_channel", "categories", "tags", "email_opt_in", "sms_opt_in", "created_at");
    private static final List<String> ORDER_KNOWN = List.of("order_id", "customer_id", "ordered_at", "amount", "currency",
            "discount", "channel", "flags", "sku", "item_name", "category", "quantity", "unit_price", "customer_name",
            "customer_email");
    private static final List<String> INTERACTION_KNOWN = List.of("interaction_id", "customer_id", "type", "channel",
            "occurred_at", "detail");

    private final ImportFormat format;
    private final CsvRows csv;
    private final Rows rows;
    private final WorkspaceId workspace;
    private final ZoneId zone;
    private final IngestService ingest;

    ScudoCsvReader(ImportFormat format, Path file, WorkspaceId workspace, ZoneId zone, IngestService ingest,
                   com.scudo.imports.ImportOptions options) throws IOException {
        this.format = format;
        this.csv = switch (format) {
            case SCUDO_CUSTOMERS -> new CsvRows(file, CUSTOMER_COLUMNS, CUSTOMER_KNOWN, options);
            case SCUDO_ORDERS -> new CsvRows(file, ORDER_COLUMNS, ORDER_KNOWN, options);
            case SCUDO_INTERACTIONS -> new CsvRows(file, INTERACTION_COLUMNS, INTERACTION_KNOWN, options);
            default -> throw new IllegalArgumentException(format.label());
        };
        this.rows = new Rows(csv);
        this.workspace = workspace;
        this.zone = zone;
        this.ingest = ingest;
    }

    @Override
    public Parsed next() {
        if (format == ImportFormat.SCUDO_ORDERS) {
            List<Row> group = rows.nextGroup(r -> r.get("order_id"));
            return group == null ? null : order(group);
        }
        Row row = csv.next();
        if (row == null) {
            return null;
        }
        try {
            return format == ImportFormat.SCUDO_CUSTOMERS ? customer(row) : interaction(row);
        } catch (RowProblem p) {
            return single(row, p.getMessage());
        } catch (InvalidInputException e) {
            return single(row, e.getMessage());
        }
    }

    private Parsed customer(Row row) {
        String created = row.get("created_at");
        CustomerCommand command = new CustomerCommand(row.get("customer_id"), row.get("name"), row.get("email"),
                row.get("phone"), row.get("company"), row.get("city"), row.get("region"), row.get("country"),
                new CustomerCommand.Preferences(row.get("preferred_channel"), Rows.split(row.get("categories"), "|"),
                        Values.yes(row.get("email_opt_in")), Values.yes(row.get("sms_opt_in"))),
                Rows.split(row.get("tags"), "|"),
                created == null ? Instant.EPOCH.toString() : csv.time("created_at", created, zone).toString());
        CustomerProfile profile = ingest.validCustomer(workspace, command, null);
        // Without created_at the stored creation time is kept (the writer sees createOnly=false, epoch time).
        return new Parsed(row.line(), row.line(), 1, profile, null, created == null, List.of());
    }

    private Parsed interaction(Row row) {
        String occurred = row.get("occurred_at");
        if (occurred == null) {
            throw new RowProblem("occurred_at is missing");
        }
        Interaction interaction = ingest.validInteraction(workspace, new InteractionCommand(row.get("interaction_id"),
                row.get("customer_id"), row.get("type"), row.get("channel"),
                csv.time("occurred_at", occurred, zone).toString(), row.get("detail")));
        return new Parsed(row.line(), row.line(), 1, interaction, null, false, List.of());
    }

    private Parsed order(List<Row> group) {
        Row first = group.get(0);
        String id = first.get("order_id") == null ? "(no order_id)" : first.get("order_id");
        List<RowError> problems = new ArrayList<>();
        List<OrderCommand.Item> items = new ArrayList<>();
        BigDecimal itemTotal = BigDecimal.ZERO;
        for (Row row : group) {
            try {
                if (row.get("sku") == null && row.get("item_name") == null && row.get("unit_price") == null
                        && row.get("quantity") == null && row.get("category") == null) {
                    continue; // an order row without items
                }
                int quantity = row.get("quantity") == null ? 1 : Values.integer("quantity", row.get("quantity"));
                if (quantity < 1) {
                    throw new RowProblem("quantity " + quantity + (quantity < 0 ? " is negative" : " is zero"));
                }
                BigDecimal price = row.get("unit_price") == null ? BigDecimal.ZERO : Values.money("unit_price", row.get("unit_price"), csv.decimalComma());
                items.add(new OrderCommand.Item(row.get("sku"), row.get("item_name"), row.get("category"), quantity, price));
                itemTotal = itemTotal.add(price.multiply(BigDecimal.valueOf(quantity)));
            } catch (RowProblem p) {
                problems.add(Rows.error(row, p.getMessage()));
            }
        }
        try {
            BigDecimal amount = first.get("amount") == null ? itemTotal : Values.money("amount", first.get("amount"), csv.decimalComma());
            BigDecimal discount = first.get("discount") == null ? null : Values.money("discount", first.get("discount"), csv.decimalComma());
            String currency = first.get("currency") == null ? "USD" : Values.currency("currency", first.get("currency"));
            String at = first.get("ordered_at") == null ? null : csv.time("ordered_at", first.get("ordered_at"), zone).toString();
            if (!problems.isEmpty()) {
                return Rows.rejectGroup(group, id, problems);
            }
            Order order = ingest.validOrder(workspace, new OrderCommand(first.get("order_id"), first.get("customer_id"), at,
                    amount, currency, discount, first.get("channel"), items, Rows.split(first.get("flags"), "|")));
            return new Parsed(first.line(), group.get(group.size() - 1).line(), group.size(), order,
                    customerOf(first, order), true, List.of());
        } catch (RowProblem p) {
            problems.add(0, Rows.error(first, p.getMessage()));
        } catch (InvalidInputException e) {
            problems.add(0, Rows.error(first, e.getMessage()));
        }
        return Rows.rejectGroup(group, id, mergeSameLine(problems));
    }

    /** The customer an order brings along, created only if the workspace lacks it. */
    private CustomerProfile customerOf(Row first, Order order) {
        String email = first.get("customer_email");
        if (email != null && !Rows.EMAIL.matcher(email).matches()) {
            email = null;
        }
        return new CustomerProfile(workspace, CustomerId.of(order.customerId().value()), Rows.cut(first.get("customer_name"), 200),
                email == null ? null : email.toLowerCase(Locale.ROOT), null, null, null, null, List.of(),
                order.orderedAt(), order.orderedAt());
    }

    private static List<RowError> mergeSameLine(List<RowError> problems) {
        List<RowError> merged = new ArrayList<>();
        for (RowError p : problems) {
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).line() == p.line()) {
                    at = i;
                }
            }
            if (at < 0) {
                merged.add(p);
            } else {
                RowError m = merged.get(at);
                merged.set(at, new RowError(m.line(), m.reason() + "; " + p.reason(), m.content()));
            }
        }
        return merged;
    }

    private static Parsed single(Row row, String reason) {
        return Parsed.rejected(row.line(), row.line(), 1, List.of(Rows.error(row, reason)));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
