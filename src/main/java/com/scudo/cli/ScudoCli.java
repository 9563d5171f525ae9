package com.scudo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line: {@code serve} (the default) runs the server; every other command does one job and exits, with
 * its answer alone on standard output and everything else (logs, notes, progress, errors) on standard error, so
 * that {@code $(scudo ...)} and {@code | jq} get the answer only.
 */
@Command(name = "scudo", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Scudo Customer 360 0.1",
        description = "Scudo Customer 360: one live, predictive view of every customer.",
        subcommands = {ServeCommand.class, DemoDataCommand.class, AnalyzeCommand.class, ModelsCommand.class, AskCommand.class,
                ImportCommand.class, ExportCommand.class, BenchImportCommand.class, BenchIngestCommand.class, BenchBulkLoadCommand.class, CustomerCommand.class,
                CustomersCommand.class, SegmentsCommand.Segments.class, SegmentsCommand.Segment.class, AuditCommand.class,
                AccountCommands.WorkspacesCommand.class, AccountCommands.UsersCommand.class, AccountCommands.ApiKeysCommand.class,
                CommandLine.HelpCommand.class})
public class ScudoCli {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        if ("serve".equals(effective[0])) {
            CommandLine cli = new CommandLine(new ScudoCli());
            int exitCode = cli.execute(effective);
            if (exitCode != 0) {
                System.exit(exitCode); // else the server runs on in its own threads
            }
            return;
        }
        System.exit(run(new ScudoCli(), effective, System.out, System.err));
    }

    /**
     * Runs a command with its answer on {@code answers}; while it runs, whatever else writes to standard output
     * (the logs, a library's banner) is sent to {@code diagnostics}.
     */
    static int run(Object command, String[] args, PrintStream answers, PrintStream diagnostics) {
        PrintStream previous = System.out;
        CommandLine cli = new CommandLine(command);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(answers, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(diagnostics, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        Terminal.use(out, err);
        System.setOut(diagnostics);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
            System.setOut(previous);
            Terminal.use(null, null);
        }
    }
}
