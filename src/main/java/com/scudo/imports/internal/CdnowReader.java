package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Order;
import com.scudo.customer.SalesChannel;
import com.scudo.imports.RowError;
import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CDNOW transaction log: "customer_id date(YYYYMMDD) number_of_cds dollar_value", separated by
 * white space; the standard sample file adds the customer's id in the master file as a second column. Each line is one order; several purchases by one customer on one day stay separate
 * orders, numbered in file order ("cdnow-00001-19970101-2"), so the ids only depend on the file.
 */
final class CdnowReader implements RecordReader {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final Pattern DATE = Pattern.compile("\\d{8}");

    private final BufferedReader in;
    private final WorkspaceId workspace;
    private final ZoneId zone;
    private long line;
    private String previousKey;
    private int sequence;

    CdnowReader(Path file, WorkspaceId workspace, ZoneId zone) throws IOException {
        this.in = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        this.workspace = workspace;
        this.zone = zone;
    }

    @Override
    public Parsed next() throws IOException {
        while (true) {
            String text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            String trimmed = text.strip();
            if (trimmed.isEmpty() || (line == 1 && !Character.isDigit(trimmed.charAt(0)))) {
                continue; // blank line or the header
            }
            return parse(trimmed);
        }
    }

    private Parsed parse(String text) {
        String[] fields = text.split("\\s+");
        try {
            if (fields.length == 5) {
                // The 5-column sample of 2,357 customers: customer_id, the customer's id in the master file, then as below.
                fields = new String[] {fields[0], fields[2], fields[3], fields[4]};
            } else if (fields.length != 4) {
                throw new RowProblem("expected 4 fields (customer_id date number_of_cds dollar_value) or 5 (customer_id "
                        + "master_id date number_of_cds dollar_value), found " + fields.length);
            }
            if (!DIGITS.matcher(fields[0]).matches()) {
                throw new RowProblem("customer_id '" + fields[0] + "' is not a number");
            }
            if (!DATE.matcher(fields[1]).matches()) {
                throw new RowProblem("date '" + fields[1] + "' is not written as YYYYMMDD");
            }
            String key = fields[0] + "-" + fields[1];
            sequence = key.equals(previousKey) ? sequence + 1 : 1;
            previousKey = key;
            Instant at = Values.time("date", fields[1], zone);
            int cds = Values.integer("number_of_cds", fields[2]);
            if (cds < 1) {
                throw new RowProblem("number_of_cds " + cds + " must be at least 1");
            }
            BigDecimal value = Values.money("dollar_value", fields[3]);
            if (value.signum() < 0) {
                throw new RowProblem("dollar_value " + value.toPlainString() + " is negative");
            }
            CustomerId customer = CustomerId.of("cdnow-" + fields[0]);
            Order order = new Order(workspace, OrderId.of("cdnow-" + key + "-" + sequence), customer, at, value, "USD",
                    BigDecimal.ZERO, SalesChannel.WEB,
                    List.of(new Order.OrderItem(null, "CDs", "music", cds, value.divide(BigDecimal.valueOf(cds), 2, RoundingMode.HALF_UP))),
                    Set.of());
            CustomerProfile profile = new CustomerProfile(workspace, customer, null, null, null, null, null, null,
                    List.of(), at, at);
            return new Parsed(line, line, 1, order, profile, true, List.of());
        } catch (RowProblem p) {
            return Parsed.rejected(line, line, 1, List.of(new RowError(line, p.getMessage(), text)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
