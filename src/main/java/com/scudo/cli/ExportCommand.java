package com.scudo.cli;

import com.scudo.imports.CustomerExport;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Export customer metrics to CSV: export customers [--filter EXPR] [--out FILE].")
class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "What to export: customers.")
    String what;

    @Option(names = "--filter", description = "Only customers matching this filter expression, e.g. 'churn >= 0.25 and clv > 1000'.")
    String filter;

    @Option(names = "--out", description = "File to write (default: standard output).")
    Path out;

    @Option(names = "--workspace", defaultValue = "demo", description = "Workspace (default: ${DEFAULT-VALUE}).")
    String workspace;

    @Option(names = "--server", defaultValue = "${env:SCUDO_SERVER:-http://localhost:8080}",
            description = "A running server to export through (default: ${DEFAULT-VALUE}); without one the stores are opened here.")
    String server;

    @Option(names = "--api-key", description = "API key for the server (default: the SCUDO_API_KEY environment variable).")
    String apiKey;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!"customers".equals(what)) {
            System.err.println("Only 'customers' can be exported here; segment members are exported from the segments.");
            return 2;
        }
        WorkspaceId target = WorkspaceId.of(workspace);
        ServerConnection connection = new ServerConnection(server, target.value(), apiKey);
        if (connection.isUp()) {
            HttpResponse<String> response = connection.get("/api/v1/customers/export.csv"
                    + (filter == null ? "" : "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
            if (response.statusCode() >= 300) {
                System.err.println(response.body());
                return 1;
            }
            try (Writer writer = writer()) {
                writer.write(response.body());
            }
            return 0;
        }
        try (ConfigurableApplicationContext context = LocalStores.open(springArguments); Writer writer = writer()) {
            long count = context.getBean(CustomerExport.class).write(target, filter, writer);
            if (out != null) {
                System.err.println("Exported " + count + " customers to " + out);
            }
        }
        return 0;
    }

    private Writer writer() throws java.io.IOException {
        return out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
            @Override
            public void close() throws java.io.IOException {
                flush(); // leave standard output open
            }
        } : Files.newBufferedWriter(out);
    }
}
