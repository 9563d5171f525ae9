package com.scudo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code serve} (the default) runs the server; every other command does one job and exits. */
@Command(name = "scudo", mixinStandardHelpOptions = true, version = "Scudo Customer 360 0.1",
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
        CommandLine cli = new CommandLine(new ScudoCli());
        int exitCode = cli.execute(effective);
        CommandLine.ParseResult parsed = cli.getParseResult();
        boolean serving = parsed != null && parsed.hasSubcommand()
                && parsed.subcommand().commandSpec().userObject() instanceof ServeCommand && exitCode == 0;
        if (!serving) {
            System.exit(exitCode);
        }
    }
}
