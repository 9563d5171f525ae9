package com.scudo.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One command-line run in this JVM, as {@code main} runs it: the answer on standard output, everything else
 * (logs included) on standard error; what each stream got and the exit code. Any run that writes a log line to
 * standard output fails its test.
 */
record CommandRun(int exitCode, String out, String err) {
    /** A line as the logs write it: "2026-12-06T17:54:40.295Z  WARN 14360 --- [main] ...". */
    static final Pattern LOG_LINE = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+\\S*\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s");

    /** The data directory of the test servers ({@code scudo.data-dir} in the test annotations). */
    static final String TEST_DATA_DIR = "--scudo.data-dir=target/test-data";

    /** A server address where nothing answers: a command given it opens the stores in this process instead. */
    static final String NO_SERVER = "http://127.0.0.1:9";

    /** Runs against {@code server} in {@code workspace} with the test server's admin key for it. */
    static CommandRun asAdmin(Object command, int port, String server, String workspace, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(TEST_DATA_DIR, "--server", server, "--workspace", workspace,
                "--api-key", com.scudo.support.TestAccounts.at(port).adminKey(workspace)));
        return of(command, all);
    }

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
            CommandRun run = new CommandRun(code, outBytes.toString(StandardCharsets.UTF_8),
                    errBytes.toString(StandardCharsets.UTF_8));
            if (LOG_LINE.matcher(run.out()).find()) {
                // checked for every command every test runs: scripts read standard output as the answer alone
                throw new AssertionError("A log line on standard output:\n" + run.out());
            }
            return run;
        } finally {
            System.setErr(err);
            System.setIn(in);
        }
    }
}
