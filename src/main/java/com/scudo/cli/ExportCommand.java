package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "export", description = "Export customer metrics to CSV: export customers [--filter EXPR] [--out FILE].")
class ExportCommand extends GatewayCommand {

    @Parameters(index = "0", description = "What to export: customers.")
    String what;

    @Option(names = "--filter", description = "Only customers matching this filter expression, e.g. 'churn >= 0.25 and clv > 1000'.")
    String filter;

    @Option(names = "--out", description = "File to write (default: standard output).")
    Path file;

    @Override
    Integer refuseEarly(PrintWriter err) {
        if ("customers".equals(what)) {
            return null;
        }
        err.println("Only 'customers' can be exported here; segment members are exported from the segments.");
        return 2;
    }

    @Override
    int run(Gateway gateway, PrintWriter out, PrintWriter err) throws IOException {
        try (Writer writer = file == null ? new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush(); // leave standard output open
            }
        } : Files.newBufferedWriter(file)) {
            gateway.exportCustomers(filter, writer);
        }
        if (file != null) {
            err.println("Exported the customers of workspace '" + gateway.workspace() + "' to " + file);
        }
        return 0;
    }
}
