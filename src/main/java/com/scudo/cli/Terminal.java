package com.scudo.cli;

import java.io.PrintWriter;

/**
 * The two streams of the command running now: the answer ({@link #out()}) and everything else ({@link #err()}).
 * Set by {@link ScudoCli#run}; commands take them from here rather than from picocli's spec, whose command line
 * is not always the one that was given the streams (a mixed-in command gets a command line of its own).
 */
final class Terminal {
    private static volatile PrintWriter out;
    private static volatile PrintWriter err;

    private Terminal() {
    }

    static void use(PrintWriter answers, PrintWriter diagnostics) {
        out = answers;
        err = diagnostics;
    }

    static PrintWriter out() {
        PrintWriter current = out;
        return current != null ? current : new PrintWriter(System.out, true);
    }

    static PrintWriter err() {
        PrintWriter current = err;
        return current != null ? current : new PrintWriter(System.err, true);
    }
}
