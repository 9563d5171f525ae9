package com.scudo.segment.filter;

import java.util.ArrayList;
import java.util.List;

/** Splits filter text into tokens. */
final class Lexer {

    enum Kind { IDENT, STRING, NUMBER, DATE, OP, LPAREN, RPAREN, COMMA, EOF }

    /** A token; {@code value} is the decoded string for STRING tokens, the source text otherwise. */
    record Token(Kind kind, String text, String value, int start) {
        boolean isKeyword(String word) {
            return kind == Kind.IDENT && text.equalsIgnoreCase(word);
        }

        boolean isOp(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        String describe() {
            if (kind == Kind.EOF) {
                return "end of input";
            }
            String t = text.length() > 24 ? text.substring(0, 21) + "..." : text;
            return kind == Kind.STRING ? t : "'" + t + "'";
        }
    }

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            if (pos >= src.length()) {
                out.add(new Token(Kind.EOF, "", "", src.length()));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = src.charAt(pos);
        if (isIdentStart(c)) {
            while (pos < src.length() && isIdentPart(src.charAt(pos))) {
                pos++;
            }
            return token(Kind.IDENT, start);
        }
        if (c >= '0' && c <= '9') {
            return number(start);
        }
        if (c == '"' || c == '\'') {
            return string(start, c);
        }
        pos++;
        switch (c) {
            case '(': return token(Kind.LPAREN, start);
            case ')': return token(Kind.RPAREN, start);
            case ',': return token(Kind.COMMA, start);
            case '~', '-': return token(Kind.OP, start);
            case '=':
                accept('=');
                return token(Kind.OP, start);
            case '!':
                accept('=');
                return token(Kind.OP, start);
            case '<':
                if (!accept('=')) {
                    accept('>');
                }
                return token(Kind.OP, start);
            case '>':
                accept('=');
                return token(Kind.OP, start);
            case '&':
                if (accept('&')) {
                    return token(Kind.OP, start);
                }
                break;
            case '|':
                if (accept('|')) {
                    return token(Kind.OP, start);
                }
                break;
            default:
                break;
        }
        int cp = src.codePointAt(start);
        String shown = new String(Character.toChars(cp));
        String hint = c == ';' ? "only one filter expression is allowed"
                : c == '&' || c == '|' ? "use 'and' / 'or' (or && / ||)" : null;
        throw new FilterException("Unexpected character '" + shown + "'", start, src, "'" + shown + "'",
                "a field, value, operator or parenthesis", hint);
    }

    private Token number(int start) {
        if (pos + 10 <= src.length() && src.substring(pos, pos + 10).matches("\\d{4}-\\d{2}-\\d{2}")
                && (pos + 10 == src.length() || !isIdentPart(src.charAt(pos + 10)))) {
            pos += 10;
            return token(Kind.DATE, start);
        }
        digits();
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
            pos++;
            digits();
        }
        accept('%');
        if (pos < src.length() && isIdentPart(src.charAt(pos))) {
            throw new FilterException("Malformed number", start, src, "'" + src.substring(start, pos + 1) + "'",
                    "a number such as 12, 0.25 or 25%", null);
        }
        return token(Kind.NUMBER, start);
    }

    private void digits() {
        while (pos < src.length() && Character.isDigit(src.charAt(pos)) && src.charAt(pos) < 128) {
            pos++;
        }
    }

    private Token string(int start, char quote) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == quote) {
                return new Token(Kind.STRING, src.substring(start, pos), sb.toString(), start);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) {
                break;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case '"', '\'', '\\', '/' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    if (pos + 4 > src.length() || !src.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw new FilterException("Invalid \\u escape in string", pos - 2, src,
                                "'\\u" + src.substring(pos, Math.min(pos + 4, src.length())) + "'",
                                "four hex digits after \\u", null);
                    }
                    sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new FilterException("Invalid escape '\\" + e + "' in string", pos - 2, src,
                        "'\\" + e + "'", "one of \\\" \\' \\\\ \\n \\t \\r \\uXXXX", null);
            }
        }
        throw new FilterException("Unterminated string", start, src, "end of input", "a closing " + quote,
                null);
    }

    private boolean accept(char c) {
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Token token(Kind kind, int start) {
        String text = src.substring(start, pos);
        return new Token(kind, text, text, start);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
