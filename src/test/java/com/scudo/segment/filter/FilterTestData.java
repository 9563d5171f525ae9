package com.scudo.segment.filter;

import com.scudo.segment.filter.FilterExpression.Operator;
import com.scudo.segment.filter.FilterExpression.Quantifier;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random customer_facts rows, the DDL to hold them, and a random expression generator. */
final class FilterTestData {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String WORKSPACE = "ws-1";

    static final List<String> TEXTS = List.of("Anna Smith", "bob o'brien", "Zoë Müller", "100%_Real Ltd",
            "Ärger!Co", "SMITH & sons", "a\"quote", "back\\slash", "London", "london", "Paris", "", " ",
            "North", "South", "GB", "IT", "web", "Mobile", "store", "phone", "Champions", "Regular",
            "VIP_HIGH_VALUE", "AT_RISK", "anna@example.com", "BOB@Example.COM", "x_y%z", "555", "123", "341");
    static final List<String> LIFECYCLES = List.of("New", "Active", "VIP", "At-Risk", "Dormant", "vip", "AT-RISK",
            "active");
    static final List<String> CATEGORIES = List.of("home", "garden", "fashion", "toys", "50%_off", "a!b", "kids");
    static final List<String> SEGMENTS = List.of("VIP_HIGH_VALUE", "BUSINESS_PROFESSIONAL", "AT_RISK", "DORMANT",
            "HIGH_AOV", "NEW_CUSTOMER");
    static final List<BigDecimal> NUMBERS = List.of(new BigDecimal("0"), new BigDecimal("0.25"),
            new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("10"),
            new BigDecimal("99.99"), new BigDecimal("100"), new BigDecimal("1000"), new BigDecimal("-1"));

    private FilterTestData() {
    }

    static String ddl(String table) {
        StringBuilder sb = new StringBuilder("create table ").append(table).append(" (workspace_id varchar(40) not null");
        for (FilterField f : FilterField.all()) {
            sb.append(", ").append(f.column()).append(' ').append(switch (f.type()) {
                case TEXT, SET -> "varchar(400)";
                case NUMBER -> "numeric(14,4)";
                case INTEGER -> "integer";
                case DATE -> "date";
            });
        }
        return sb.append(")").toString();
    }

    /** Rows keyed by column name (plus workspace_id); sets are in the stored |a|b| form. */
    static List<Map<String, Object>> rows(long seed, int count) {
        Random r = new Random(seed);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workspace_id", i % 10 == 9 ? "ws-2" : WORKSPACE);
            for (FilterField f : FilterField.all()) {
                Object v = f == FilterField.CUSTOMER_ID ? String.format("C-%04d", i)
                        : r.nextInt(10) == 0 ? null : randomValue(f, r);
                row.put(f.column(), v);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object randomValue(FilterField f, Random r) {
        return switch (f.type()) {
            case TEXT -> f == FilterField.LIFECYCLE ? pick(LIFECYCLES, r)
                    : f.allowedValues().isEmpty() ? pick(TEXTS, r) : pick(f.allowedValues(), r);
            case NUMBER -> r.nextInt(4) == 0 ? pick(NUMBERS, r)
                    : BigDecimal.valueOf(r.nextInt(f.percentScale() == FilterField.PercentScale.FRACTION ? 101 : 200_000), 2);
            case INTEGER -> r.nextInt(4) == 0 ? pick(NUMBERS, r).intValue() : r.nextInt(30);
            case DATE -> AS_OF.minusDays(r.nextInt(900) - 100);
            case SET -> {
                List<String> vocab = f == FilterField.SEGMENT ? SEGMENTS : CATEGORIES;
                Set<String> chosen = new HashSet<>();
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    chosen.add(pick(vocab, r));
                }
                yield chosen.isEmpty() ? (r.nextBoolean() ? "" : "||") : "|" + String.join("|", chosen) + "|";
            }
        };
    }

    static void load(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(ddl(table));
        }
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        String sql = "insert into " + table + " (" + String.join(", ", cols) + ") values ("
                + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < cols.size(); i++) {
                    ps.setObject(i + 1, row.get(cols.get(i)));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static FieldValues values(Map<String, Object> row) {
        return FieldValues.of(row);
    }

    // ---- random expressions ----

    static FilterExpression randomExpression(Random r, int depth) {
        if (depth <= 0 || r.nextInt(3) == 0) {
            return randomLeaf(r);
        }
        return switch (r.nextInt(3)) {
            case 0 -> new FilterExpression.And(List.of(randomExpression(r, depth - 1), randomExpression(r, depth - 1)));
            case 1 -> new FilterExpression.Or(List.of(randomExpression(r, depth - 1), randomExpression(r, depth - 1),
                    randomExpression(r, depth - 1)).subList(0, 2 + r.nextInt(2)));
            default -> new FilterExpression.Not(randomExpression(r, depth - 1));
        };
    }

    static FilterExpression randomLeaf(Random r) {
        FilterField f = pick(FilterField.all(), r);
        if (r.nextInt(8) == 0) {
            return new FilterExpression.IsNull(f, r.nextBoolean());
        }
        switch (f.type()) {
            case SET -> {
                List<String> vocab = f == FilterField.SEGMENT ? SEGMENTS : CATEGORIES;
                List<String> vals = new ArrayList<>();
                int n = 1 + r.nextInt(3);
                for (int k = 0; k < n; k++) {
                    String v = pick(vocab, r);
                    vals.add(r.nextInt(4) == 0 ? v.toUpperCase(Locale.ROOT) : v);
                }
                if (r.nextInt(6) == 0) {
                    vals.add("nope");
                }
                return new FilterExpression.SetContains(f, r.nextBoolean() ? Quantifier.ANY : Quantifier.ALL, vals);
            }
            case TEXT -> {
                int k = r.nextInt(3);
                if (k == 0 || !f.allowedValues().isEmpty() && k == 1) {
                    // a field with a closed list of values (lifecycle, email_opt_in) takes only those
                    String t = !f.allowedValues().isEmpty() ? pick(f.allowedValues(), r) : randomCase(pick(TEXTS, r), r);
                    return new FilterExpression.Comparison(f, r.nextBoolean() ? Operator.EQ : Operator.NE,
                            new FilterValue.Text(t));
                }
                if (k == 1) {
                    return new FilterExpression.InList(f, List.of(new FilterValue.Text(randomCase(pick(TEXTS, r), r)),
                            new FilterValue.Text(pick(TEXTS, r))));
                }
                String whole = pick(TEXTS, r);
                int a = whole.isEmpty() ? 0 : r.nextInt(whole.length());
                String part = randomCase(whole.substring(a, a + r.nextInt(whole.length() - a + 1)), r);
                if (r.nextInt(5) == 0) {
                    part = pick(List.of("%", "_", "!", "%_", "\\", "'"), r);
                }
                return new FilterExpression.TextMatch(f, pick(List.of(FilterExpression.MatchKind.values()), r), part);
            }
            default -> {
                FilterValue v1 = randomValue(f.type(), r);
                return switch (r.nextInt(4)) {
                    case 0 -> new FilterExpression.InList(f, List.of(v1, randomValue(f.type(), r)));
                    case 1 -> new FilterExpression.Between(f, v1, randomValue(f.type(), r));
                    default -> new FilterExpression.Comparison(f, pick(List.of(Operator.values()), r), v1);
                };
            }
        }
    }

    private static FilterValue randomValue(FieldType type, Random r) {
        if (type == FieldType.DATE) {
            return r.nextInt(3) == 0
                    ? new FilterValue.RelativeDate(r.nextInt(400), pick(List.of(FilterValue.RelativeDate.Unit.values()), r))
                    : new FilterValue.Date(AS_OF.minusDays(r.nextInt(900) - 100));
        }
        return new FilterValue.Number(r.nextBoolean() ? pick(NUMBERS, r) : BigDecimal.valueOf(r.nextInt(100_000), 2));
    }

    private static String randomCase(String s, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> s.toUpperCase(Locale.ROOT);
            case 1 -> s.toLowerCase(Locale.ROOT);
            default -> s;
        };
    }

    static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}
