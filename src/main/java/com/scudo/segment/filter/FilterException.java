package com.scudo.segment.filter;

/**
 * The one error type of the filter language: a syntax or validation problem, with where it happened
 * (0-based character offset, and 1-based line/column) and what was found and expected.
 * Position is -1 for problems in trees built in code (no source text).
 */
public final class FilterException extends RuntimeException {

    private final String problem;
    private final int position;
    private final int line;
    private final int column;
    private final String found;
    private final String expected;
    private final String hint;

    FilterException(String problem, int position, String source, String found, String expected, String hint) {
        super(format(problem, position, found, hint));
        this.problem = problem;
        this.position = position;
        int l = 1;
        int c = 1;
        if (source != null && position >= 0) {
            for (int i = 0; i < Math.min(position, source.length()); i++) {
                if (source.charAt(i) == '\n') {
                    l++;
                    c = 1;
                } else {
                    c++;
                }
            }
        }
        this.line = position >= 0 ? l : -1;
        this.column = position >= 0 ? c : -1;
        this.found = found;
        this.expected = expected;
        this.hint = hint;
    }

    /** A problem in a tree built in code (no position). */
    static FilterException invalid(String problem) {
        return new FilterException(problem, -1, null, null, null, null);
    }

    private static String format(String problem, int position, String found, String hint) {
        StringBuilder sb = new StringBuilder(problem);
        if (position >= 0) {
            sb.append(" at position ").append(position);
        }
        if (problem.startsWith("Expected") && found != null && !found.equals("end of input")) {
            sb.append(", found ").append(found);
        }
        if (hint != null) {
            sb.append("; ").append(hint);
        }
        return sb.toString();
    }

    /** The problem without position and hint, e.g. {@code Unknown field 'chrun'}. */
    public String problem() { return problem; }

    /** 0-based character offset into the expression, or -1. */
    public int position() { return position; }

    /** 1-based line, or -1. */
    public int line() { return line; }

    /** 1-based column, or -1. */
    public int column() { return column; }

    /** What was found at the position (a token, or "end of input"); may be null. */
    public String found() { return found; }

    /** What would have been valid there; may be null. */
    public String expected() { return expected; }

    /** A suggestion such as {@code did you mean 'churn'?}; may be null. */
    public String hint() { return hint; }
}
