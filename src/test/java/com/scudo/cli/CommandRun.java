package com.scudo.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One command-line run in this JVM, as {@code main} runs it: the answer on standard output, everything else
 * (logs included) on standard error; what each stream got and the exit code.
 */
record CommandRun(int exitCode, String out, String err) {
    /** The data directory of the test servers ({@code scudo.data-dir} in the test annotations). */
    static final String TEST_DATA_DIR = "--scudo.data-dir=target/test-data";

    static CommandRun of(Object command, List<String> args) {
        return of(command, "", args);
    }

    /** Runs with {@code stdin} as standard input, restoring the process's streams afterwards. */
    static CommandRun of(Object command, String stdin, List<String> args) {
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            PrintStream errStream = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
            System.setErr(errStream);
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = ScudoCli.run(command, args.toArray(String[]::new), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                    errStream);
            return new CommandRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setIn(in);
        }
    }
}
