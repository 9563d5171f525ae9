package com.scudo.segment.filter;

import com.scudo.segment.filter.FilterExpression.Operator;
import com.scudo.segment.filter.FilterExpression.Quantifier;
import com.scudo.segment.filter.Lexer.Kind;
import com.scudo.segment.filter.Lexer.Token;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recursive-descent parser that also validates against the field catalogue, reporting positions. */
final class Parser {

    static final int MAX_LENGTH = 2000;
    static final int MAX_DEPTH = 32;
    static final int MAX_LIST = 200;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000"); // 1e15
    private static final int MAX_SCALE = 12;

    private static final Map<String, Operator> OPERATORS = Map.of(
            "=", Operator.EQ, "==", Operator.EQ, "!=", Operator.NE, "<>", Operator.NE,
            "<", Operator.LT, "<=", Operator.LE, ">", Operator.GT, ">=", Operator.GE);
    private static final String PREDICATE_OPERATORS =
            "=, !=, <, <=, >, >=, in, between, contains, ~, starts with, ends with or is null";

    private final String src;
    private final List<Token> tokens;
    private int index;
    private int depth;

    private Parser(String src, List<Token> tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    static FilterExpression parse(String src) {
        if (src == null) {
            throw new FilterException("Filter is empty", 0, "", "end of input", "a filter expression", null);
        }
        if (src.length() > MAX_LENGTH) {
            throw new FilterException("Filter is too long (" + src.length() + " characters, at most " + MAX_LENGTH + ")",
                    MAX_LENGTH, src, "more text", "at most " + MAX_LENGTH + " characters", null);
        }
        Parser p = new Parser(src, Lexer.tokenize(src));
        if (p.peek().kind() == Kind.EOF) {
            throw p.error("Filter is empty", p.peek(), "a filter expression such as churn >= 0.25", null);
        }
        FilterExpression e = p.parseOr();
        Token t = p.peek();
        if (t.kind() != Kind.EOF) {
            String hint = t.kind() == Kind.RPAREN ? "there is no matching '('" : null;
            throw p.error("Unexpected " + t.describe(), t, "'and', 'or' or end of input", hint);
        }
        return e;
    }

    // ---- boolean structure ----

    private FilterExpression parseOr() {
        List<FilterExpression> parts = new ArrayList<>();
        parts.add(parseAnd());
        while (peek().isKeyword("or") || peek().isOp("||")) {
            index++;
            parts.add(parseAnd());
        }
        return parts.size() == 1 ? parts.get(0) : new FilterExpression.Or(parts);
    }

    private FilterExpression parseAnd() {
        List<FilterExpression> parts = new ArrayList<>();
        parts.add(parseNot());
        while (peek().isKeyword("and") || peek().isOp("&&")) {
            index++;
            parts.add(parseNot());
        }
        return parts.size() == 1 ? parts.get(0) : new FilterExpression.And(parts);
    }

    private FilterExpression parseNot() {
        Token t = peek();
        if (t.isKeyword("not") || t.isOp("!")) {
            index++;
            enter(t);
            FilterExpression operand = parseNot();
            depth--;
            return new FilterExpression.Not(operand);
        }
        return parsePrimary();
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw error("Filter nests too deeply (more than " + MAX_DEPTH + " levels)", t,
                    "at most " + MAX_DEPTH + " nested parentheses or 'not'", null);
        }
    }

    private FilterExpression parsePrimary() {
        Token t = peek();
        if (t.kind() == Kind.LPAREN) {
            index++;
            enter(t);
            FilterExpression e = parseOr();
            Token close = peek();
            if (close.kind() != Kind.RPAREN) {
                throw error("Expected ')'", close, "')'", "the '(' at position " + t.start() + " is not closed");
            }
            index++;
            depth--;
            return e;
        }
        if (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER || t.kind() == Kind.DATE) {
            return parseValueInSet();
        }
        if (t.kind() == Kind.IDENT && !isReserved(t.text())) {
            index++;
            return parsePredicate(resolveField(t), t);
        }
        throw error("Expected a field name, '(' or 'not'", t, "a field name, '(' or 'not'",
                t.kind() == Kind.EOF ? null : null);
    }

    // ---- predicates ----

    private FilterExpression parseValueInSet() {
        Token valueToken = next();
        boolean negated = false;
        if (peek().isKeyword("not")) {
            index++;
            negated = true;
        }
        Token in = peek();
        if (!in.isKeyword("in")) {
            throw error("Expected 'in' after the value " + valueToken.describe(), in,
                    "'in' followed by a set field, e.g. \"home\" in categories", null);
        }
        index++;
        Token fieldToken = peek();
        if (fieldToken.kind() != Kind.IDENT || isReserved(fieldToken.text())) {
            throw error("Expected a set field after 'in'", fieldToken, setFieldNames(), null);
        }
        index++;
        FilterField field = resolveField(fieldToken);
        if (field.type() != FieldType.SET) {
            throw error("Field '" + field.fieldName() + "' is not a set field", fieldToken, setFieldNames(),
                    "to test a single value use " + field.fieldName() + " = " + valueToken.text());
        }
        FilterExpression e = new FilterExpression.SetContains(field, Quantifier.ANY,
                List.of(member(field, valueToken)));
        return negated ? new FilterExpression.Not(e) : e;
    }

    private FilterExpression parsePredicate(FilterField field, Token fieldToken) {
        Token t = peek();
        if (t.kind() == Kind.OP && OPERATORS.containsKey(t.text())) {
            index++;
            Operator op = OPERATORS.get(t.text());
            if (field.type() == FieldType.SET) {
                if (op != Operator.EQ && op != Operator.NE) {
                    throw error("Operator '" + t.text() + "' cannot be used with set field '" + field.fieldName() + "'",
                            t, "=, !=, in, contains", null);
                }
                FilterExpression e = new FilterExpression.SetContains(field, Quantifier.ANY,
                        List.of(member(field, expectValueToken(t))));
                return op == Operator.NE ? new FilterExpression.Not(e) : e;
            }
            if (field.type() == FieldType.TEXT && op != Operator.EQ && op != Operator.NE) {
                throw error("Operator '" + t.text() + "' cannot be used with text field '" + field.fieldName() + "'", t,
                        "=, !=, in, ~, contains, starts with, ends with", null);
            }
            return new FilterExpression.Comparison(field, op, value(field, t));
        }
        boolean negated = false;
        if (t.isKeyword("not")) {
            index++;
            negated = true;
            t = peek();
        }
        FilterExpression e;
        if (t.isKeyword("in")) {
            index++;
            e = parseInList(field, t);
        } else if (t.isKeyword("between")) {
            index++;
            if (field.type() == FieldType.TEXT || field.type() == FieldType.SET) {
                throw error("'between' cannot be used with " + describe(field.type()) + " field '" + field.fieldName()
                        + "'", t, "a number or date field", null);
            }
            FilterValue low = value(field, t);
            Token and = peek();
            if (!and.isKeyword("and")) {
                throw error("Expected 'and' in 'between'", and, "'and'", null);
            }
            index++;
            e = new FilterExpression.Between(field, low, value(field, and));
        } else if (t.isKeyword("contains")) {
            index++;
            e = parseContains(field, t);
        } else if (t.isOp("~")) {
            index++;
            e = textMatch(field, t, FilterExpression.MatchKind.CONTAINS);
        } else if (t.isKeyword("starts") || t.isKeyword("ends")) {
            index++;
            Token with = peek();
            if (!with.isKeyword("with")) {
                throw error("Expected 'with' after '" + t.text() + "'", with, "'with'", null);
            }
            index++;
            e = textMatch(field, with, t.isKeyword("starts")
                    ? FilterExpression.MatchKind.STARTS_WITH : FilterExpression.MatchKind.ENDS_WITH);
        } else if (t.isKeyword("is") && !negated) {
            index++;
            boolean not = false;
            if (peek().isKeyword("not")) {
                index++;
                not = true;
            }
            Token nul = peek();
            if (!nul.isKeyword("null")) {
                throw error("Expected 'null' after 'is" + (not ? " not" : "") + "'", nul, "'null'", null);
            }
            index++;
            return new FilterExpression.IsNull(field, not);
        } else {
            throw error("Expected an operator after " + (negated ? "'not'" : "'" + fieldToken.text() + "'"), t,
                    negated ? "in, between, contains, ~, starts with or ends with" : PREDICATE_OPERATORS, null);
        }
        return negated ? new FilterExpression.Not(e) : e;
    }

    private FilterExpression parseInList(FilterField field, Token in) {
        if (field.type() == FieldType.SET) {
            return new FilterExpression.SetContains(field, Quantifier.ANY,
                    parseList(in, prev -> member(field, expectValueToken(prev))));
        }
        return new FilterExpression.InList(field, parseList(in, prev -> value(field, prev)));
    }

    /** Parses {@code ( v, v, ... )} with {@code item} reading one value after the given token. */
    private <T> List<T> parseList(Token before, java.util.function.Function<Token, T> item) {
        Token open = peek();
        if (open.kind() != Kind.LPAREN) {
            throw error("Expected '(' after '" + before.text() + "'", open,
                    "a list of values in parentheses, e.g. (\"a\", \"b\")", null);
        }
        index++;
        List<T> items = new ArrayList<>();
        Token prev = open;
        while (true) {
            if (items.size() >= MAX_LIST) {
                throw error("Too many values in list (at most " + MAX_LIST + ")", peek(), "fewer values", null);
            }
            items.add(item.apply(prev));
            Token sep = peek();
            if (sep.kind() == Kind.COMMA) {
                index++;
                prev = sep;
                continue;
            }
            if (sep.kind() == Kind.RPAREN) {
                index++;
                return items;
            }
            throw error("Expected ',' or ')' in list", sep, "',' or ')'", null);
        }
    }

    private FilterExpression parseContains(FilterField field, Token contains) {
        Token q = peek();
        if (q.isKeyword("any") || q.isKeyword("all")) {
            if (field.type() != FieldType.SET) {
                throw error("'contains " + q.text().toLowerCase(Locale.ROOT) + "' needs a set field; '"
                        + field.fieldName() + "' is " + describe(field.type()), q, setFieldNames(), null);
            }
            index++;
            return new FilterExpression.SetContains(field,
                    q.isKeyword("any") ? Quantifier.ANY : Quantifier.ALL,
                    parseList(q, prev -> member(field, expectValueToken(prev))));
        }
        if (field.type() == FieldType.SET) {
            return new FilterExpression.SetContains(field, Quantifier.ANY, List.of(member(field, expectValueToken(contains))));
        }
        return textMatch(field, contains, FilterExpression.MatchKind.CONTAINS);
    }

    private FilterExpression textMatch(FilterField field, Token op, FilterExpression.MatchKind kind) {
        if (field.type() != FieldType.TEXT) {
            throw error("Text matching cannot be used with " + describe(field.type()) + " field '" + field.fieldName() + "'",
                    op, field.type() == FieldType.SET ? "contains or in" : "=, <, >, between", null);
        }
        Token v = expectValueToken(op);
        if (v.kind() != Kind.STRING) {
            throw error("Expected a quoted text after '" + op.text() + "'", v, "a quoted text such as \"smith\"", null);
        }
        return new FilterExpression.TextMatch(field, kind, v.value());
    }

    // ---- values ----

    private Token expectValueToken(Token after) {
        Token v = peek();
        if (v.kind() != Kind.STRING && v.kind() != Kind.NUMBER && v.kind() != Kind.DATE) {
            throw error("Expected a value after '" + after.text() + "'", v, "a value", null);
        }
        index++;
        return v;
    }

    private String member(FilterField field, Token v) {
        if (v.kind() != Kind.STRING && v.kind() != Kind.NUMBER && v.kind() != Kind.DATE) {
            throw error("Expected a quoted value for set field '" + field.fieldName() + "'", v, "a quoted value", null);
        }
        String problem = FilterExpression.memberProblem(v.value());
        if (problem != null) {
            throw error(problem, v, "a non-empty value without '|'", null);
        }
        return v.value();
    }




    /** Reads a value for {@code field} (after token {@code after}) and checks its type. */
    private FilterValue value(FilterField field, Token after) {
        Token t = peek();
        boolean negative = false;
        if (t.isOp("-")) {
            index++;
            negative = true;
            t = peek();
            if (t.kind() != Kind.NUMBER) {
                throw error("Expected a number after '-'", t, "a number", null);
            }
        }
        if (t.kind() != Kind.STRING && t.kind() != Kind.NUMBER && t.kind() != Kind.DATE) {
            throw error("Expected a value after '" + after.text() + "'", t, valueExample(field), null);
        }
        index++;
        if (t.kind() == Kind.NUMBER && isUnit(peek()) && peek(1).isKeyword("ago")) {
            Token unit = peek();
            index += 2;
            if (field.type() != FieldType.DATE) {
                throw error("A relative date cannot be compared with " + describe(field.type()) + " field '"
                        + field.fieldName() + "'", t, valueExample(field), null);
            }
            if (negative || t.text().contains(".") || t.text().endsWith("%") || t.text().length() > 6) {
                throw error("Expected a whole number of " + unit.text().toLowerCase(Locale.ROOT), t,
                        "e.g. 90 days ago", null);
            }
            int amount = Integer.parseInt(t.text());
            if (amount > 100_000) {
                throw error("Relative date is too far back", t, "at most 100000", null);
            }
            return new FilterValue.RelativeDate(amount, unitOf(unit.text()));
        }
        return switch (field.type()) {
            case TEXT -> textValue(field, t, negative);
            case NUMBER, INTEGER -> numberValue(field, t, negative);
            case DATE -> dateValue(field, t, negative);
            case SET -> throw new IllegalStateException("set handled by caller");
        };
    }

    private FilterValue textValue(FilterField field, Token t, boolean negative) {
        String text = (negative ? "-" : "") + t.value();
        if (!field.allowedValues().isEmpty()) {
            return field.allowedValues().stream().filter(a -> a.equalsIgnoreCase(text)).findFirst()
                    .map(a -> (FilterValue) new FilterValue.Text(a))
                    .orElseThrow(() -> error("Unknown " + field.fieldName() + " " + t.describe(), t,
                            "one of " + String.join(", ", field.allowedValues()),
                            suggestion(text, field.allowedValues())));
        }
        return new FilterValue.Text(text);
    }

    private FilterValue numberValue(FilterField field, Token t, boolean negative) {
        if (t.kind() != Kind.NUMBER) {
            throw error("Expected a number for '" + field.fieldName() + "'", t, valueExample(field), null);
        }
        boolean percent = t.text().endsWith("%");
        String digits = percent ? t.text().substring(0, t.text().length() - 1) : t.text();
        BigDecimal n = new BigDecimal(digits);
        if (negative) {
            n = n.negate();
        }
        if (percent) {
            switch (field.percentScale()) {
                case FRACTION -> n = n.movePointLeft(2);
                case POINTS -> { }
                case NONE -> throw error("A percentage cannot be used with '" + field.fieldName() + "'", t,
                        "a plain number", null);
            }
        }
        if (n.abs().compareTo(MAX_NUMBER) >= 0 || n.stripTrailingZeros().scale() > MAX_SCALE) {
            throw error("Number " + t.describe() + " is out of range", t,
                    "a number below 1e15 with at most " + MAX_SCALE + " decimals", null);
        }
        return new FilterValue.Number(n);
    }

    private FilterValue dateValue(FilterField field, Token t, boolean negative) {
        if (!negative && (t.kind() == Kind.DATE || t.kind() == Kind.STRING)) {
            try {
                LocalDate d = LocalDate.parse(t.value());
                if (d.getYear() < 1000) {
                    throw error("Date " + t.describe() + " is out of range", t, "a date from year 1000 to 9999", null);
                }
                return new FilterValue.Date(d);
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        throw error("Expected a date for '" + field.fieldName() + "'", t, valueExample(field), null);
    }

    private static String valueExample(FilterField field) {
        return switch (field.type()) {
            case TEXT -> field.allowedValues().isEmpty() ? "a quoted text such as \"London\""
                    : "one of " + String.join(", ", field.allowedValues());
            case NUMBER -> field.percentScale() == FilterField.PercentScale.FRACTION
                    ? "a number such as 0.25 or 25%" : "a number such as 100";
            case INTEGER -> "a whole number such as 3";
            case DATE -> "a date such as 2024-01-31 or 90 days ago";
            case SET -> "a quoted value";
        };
    }

    private static boolean isUnit(Token t) {
        return t.kind() == Kind.IDENT && t.text().toLowerCase(Locale.ROOT)
                .matches("days?|weeks?|months?|years?");
    }

    private static FilterValue.RelativeDate.Unit unitOf(String text) {
        String u = text.toLowerCase(Locale.ROOT);
        return u.startsWith("day") ? FilterValue.RelativeDate.Unit.DAYS
                : u.startsWith("week") ? FilterValue.RelativeDate.Unit.WEEKS
                : u.startsWith("month") ? FilterValue.RelativeDate.Unit.MONTHS
                : FilterValue.RelativeDate.Unit.YEARS;
    }

    // ---- fields ----

    private FilterField resolveField(Token t) {
        return FilterField.byName(t.text()).orElseThrow(() -> error("Unknown field '" + t.text() + "'", t,
                "a field name", suggestion(t.text(), FilterField.all().stream().map(FilterField::fieldName).toList())));
    }

    private static String setFieldNames() {
        return "a set field (" + String.join(", ", FilterField.all().stream()
                .filter(f -> f.type() == FieldType.SET).map(FilterField::fieldName).toList()) + ")";
    }

    private static final List<String> RESERVED = List.of("and", "or", "not", "in", "between", "contains", "is",
            "null", "starts", "ends", "with", "any", "all", "ago");

    private static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "did you mean 'x'?" for the closest candidates, or null. */
    static String suggestion(String input, List<String> candidates) {
        List<String> close = closest(input, candidates);
        if (close.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("did you mean ");
        for (int i = 0; i < close.size(); i++) {
            if (i > 0) {
                sb.append(i == close.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(close.get(i)).append('\'');
        }
        return sb.append('?').toString();
    }

    static List<String> closest(String input, List<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        if (in.length() > 64) {
            return List.of();
        }
        int limit = in.length() <= 3 ? 1 : in.length() <= 6 ? 2 : 3;
        record Scored(String name, int score) { }
        return candidates.stream()
                .map(c -> {
                    String lc = c.toLowerCase(Locale.ROOT);
                    int d = distance(in, lc);
                    if (d > limit && in.length() >= 3 && (lc.startsWith(in) || lc.contains(in))) {
                        d = limit;
                    }
                    return new Scored(c, d);
                })
                .filter(s -> s.score() <= limit)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .limit(3)
                .map(Scored::name)
                .toList();
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    static String describe(FieldType type) {
        return switch (type) {
            case TEXT -> "a text";
            case NUMBER -> "a number";
            case INTEGER -> "a whole-number";
            case DATE -> "a date";
            case SET -> "a set";
        };
    }

    // ---- token helpers ----

    private Token peek() {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = peek();
        index++;
        return t;
    }

    private FilterException error(String problem, Token at, String expected, String hint) {
        return new FilterException(problem, at.start(), src, at.describe(), expected, hint);
    }
}
