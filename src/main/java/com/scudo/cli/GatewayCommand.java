package com.scudo.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A command written once for both ways of answering: it asks a {@link Gateway} (the server, or the stores opened
 * here) and prints the answer, and only the answer, on standard output; notes, progress and errors go to standard
 * error. A refusal is its message and exit code 1.
 */
abstract class GatewayCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server = new ServerOptions();

    /** Spring settings ({@code --name=value}) for the stores opened here, such as {@code --scudo.data-dir=}. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    /** Checks made before any store or server is touched; a non-null result ends the command with that code. */
    Integer refuseEarly(PrintWriter err) throws Exception {
        return null;
    }

    abstract int run(Gateway gateway, PrintWriter out, PrintWriter err) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = Terminal.out();
        PrintWriter err = Terminal.err();
        try {
            Integer refused = refuseEarly(err);
            if (refused != null) {
                return refused;
            }
            try (Gateway gateway = Gateways.open(server, springArguments, err)) {
                return run(gateway, out, err);
            }
        } catch (Gateway.Failure | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
