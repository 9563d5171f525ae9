package com.scudo.platform.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded values for an OpenAPI schema: mostly of the right type (so requests reach past parsing), with edge
 * values (empty, huge, negative, far dates, hidden characters, NUL) and now and then the wrong type altogether.
 */
final class FuzzValues {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDGE_TEXTS = List.of("", " ", "a", "0", "-1", "null", "true", "x".repeat(300),
            "y".repeat(5000), "Zoë Ørsted", "\u202Egnp.exe", "a\u0000b", "\u0000", "'; drop table customers; --",
            "\" OR 1=1 --", "../../etc/passwd", "%", "%00", "%zz", "{", "}", "[]", "<script>alert(1)</script>",
            "=SUM(A1)", "😀", "\uD800", "\t\n\r", "1e999999999", "9223372036854775808", "-9223372036854775809",
            "NaN", "Infinity", "2026-02-30", "0000-01-01", "-999999999-01-01", "+999999999-12-31", "9999-12-31",
            "1969-12-31", "2026-01-01T00:00:00Z", "P1D", "EUR", "XXX", "eur", "orders >= 1", "clv > 100 and orders < 2",
            "not not not not not orders > 1", "(((((((((((", "customer:c-1", "c-1", "o-1", "admin", "viewer", "read");
    private static final List<String> EDGE_NUMBERS = List.of("0", "-1", "1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "1e999", "-1e999", "1e-400",
            "0.1", "-0.0", "123456789012345678901234567890", "3.14159265358979323846264338327950288");

    private final Random random;
    private final JsonNode schemas;
    private final List<String> knownIds;

    FuzzValues(long seed, JsonNode description, List<String> knownIds) {
        this.random = new Random(seed);
        this.schemas = description.path("components").path("schemas");
        this.knownIds = knownIds;
    }

    Random random() {
        return random;
    }

    /** A parameter's text: often a plausible value of its type, else an edge text. */
    String parameter(JsonNode schema) {
        JsonNode s = resolve(schema);
        int roll = random.nextInt(10);
        if (roll < 2) {
            return pick(EDGE_TEXTS);
        }
        if (roll < 4 && !knownIds.isEmpty()) {
            return pick(knownIds);
        }
        String type = s.path("type").asString("string");
        return switch (type) {
            case "integer", "number" -> random.nextBoolean() ? pick(EDGE_NUMBERS) : Integer.toString(random.nextInt(200) - 50);
            case "boolean" -> random.nextInt(4) == 0 ? pick(EDGE_TEXTS) : Boolean.toString(random.nextBoolean());
            case "array" -> parameter(s.path("items"));
            default -> text(s);
        };
    }

    /** A JSON value for the schema, as text. */
    String json(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        int roll = random.nextInt(20);
        if (roll == 0) {
            return "null";
        }
        if (roll == 1 && depth > 0) {
            return anyWrongValue();
        }
        String type = s.path("type").asString(s.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(s, depth);
            case "integer" -> random.nextBoolean() ? pick(EDGE_NUMBERS) : Integer.toString(random.nextInt(1000) - 100);
            case "number" -> random.nextBoolean() ? pick(EDGE_NUMBERS) : String.format("%.2f", random.nextDouble() * 1000);
            case "boolean" -> Boolean.toString(random.nextBoolean());
            default -> quote(random.nextInt(4) == 0 ? pick(EDGE_TEXTS) : text(s));
        };
    }

    /** Something that is no valid JSON body at all, or the wrong shape. */
    String brokenBody() {
        return pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":}", "{\"a\": 1e999999999}", "{\"\\u0000\": 1}",
                "[".repeat(100), "{\"a\":\"" + "b".repeat(2000) + "\"}", "{\"id\": \"\\u0000\"}", "42", "\u0000"));
    }

    private String object(JsonNode s, int depth) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        JsonNode required = s.path("required");
        for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            boolean isRequired = false;
            for (JsonNode r : required) {
                isRequired |= r.asString().equals(property.getKey());
            }
            if (!isRequired && random.nextInt(4) == 0 || random.nextInt(30) == 0) {
                continue; // optional left out, and now and then a required one too
            }
            out.append(first ? "" : ",").append(quote(property.getKey())).append(':');
            out.append(depth > 4 ? "null" : json(property.getValue(), depth + 1));
            first = false;
        }
        JsonNode additional = s.path("additionalProperties");
        if (additional.isObject() && depth < 4) {
            for (int i = random.nextInt(4); i > 0; i--) {
                out.append(first ? "" : ",").append(quote(text(JSON.createObjectNode()))).append(':')
                        .append(json(additional, depth + 1));
                first = false;
            }
        }
        if (random.nextInt(15) == 0) {
            out.append(first ? "" : ",").append("\"unexpectedField\":").append(anyWrongValue());
        }
        return out.append('}').toString();
    }

    private String array(JsonNode s, int depth) {
        int size = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 50;
            default -> 1 + random.nextInt(3);
        };
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ",").append(depth > 4 ? "1" : json(s.path("items"), depth + 1));
        }
        return out.append(']').toString();
    }

    private String text(JsonNode s) {
        JsonNode values = s.path("enum");
        if (values.isArray() && !values.isEmpty() && random.nextInt(5) > 0) {
            return values.get(random.nextInt(values.size())).asString();
        }
        String format = s.path("format").asString("");
        return switch (format) {
            case "date" -> date().toString();
            case "date-time" -> date() + "T" + String.format("%02d:%02d:00Z", random.nextInt(24), random.nextInt(60));
            default -> switch (random.nextInt(6)) {
                case 0 -> knownIds.isEmpty() ? "c-1" : pick(knownIds);
                case 1 -> date().toString();
                case 2 -> "fz-" + Integer.toString(random.nextInt(100_000), 36);
                case 3 -> pick(List.of("EUR", "USD", "GBP", "orders >= 1", "clv > 10", "admin", "read", "write", "viewer"));
                default -> randomText(1 + random.nextInt(12));
            };
        };
    }

    private LocalDate date() {
        return switch (random.nextInt(6)) {
            case 0 -> LocalDate.of(1 + random.nextInt(3000), 1 + random.nextInt(12), 1 + random.nextInt(28));
            case 1 -> LocalDate.of(-5000 + random.nextInt(2000), 1, 1);
            default -> LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500));
        };
    }

    private String randomText(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            out.appendCodePoint(kind == 0 ? random.nextInt(0x20) : kind == 1 ? 0x80 + random.nextInt(0x2000)
                    : kind == 2 ? 0x1F600 + random.nextInt(50) : 'a' + random.nextInt(26));
        }
        return out.toString();
    }

    private String anyWrongValue() {
        return pick(List.of("{}", "[]", "true", "\"\"", "-1", "1e999", "[[[[1]]]]", "{\"a\":{\"b\":{}}}", "\"\\u0000\""));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            JsonNode options = s.has("oneOf") ? s.path("oneOf") : s.path("anyOf");
            return options.isEmpty() ? s : resolve(options.get(random.nextInt(options.size())));
        }
        return s;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
