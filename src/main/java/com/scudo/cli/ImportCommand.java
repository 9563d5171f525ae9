package com.scudo.cli;

import com.scudo.imports.ImportCounts;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportJob;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Import customers, orders or interactions from a file. "
        + "Running it again after an interruption resumes; running it on an imported file changes nothing.")
class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The file to import.")
    Path file;

    @Option(names = "--format", required = true,
            description = "scudo-customers, scudo-orders, scudo-interactions, shopify or cdnow (see docs/import-format.md).")
    String format;

    @Option(names = "--workspace", defaultValue = "demo", description = "Workspace to import into (default: ${DEFAULT-VALUE}).")
    String workspace;

    @Option(names = "--time-zone", defaultValue = "UTC",
            description = "Zone of dates and times written without an offset (default: ${DEFAULT-VALUE}).")
    String timeZone;

    @Option(names = "--errors", description = "Where to write rejected rows (default: NAME.errors.csv next to the file).")
    Path errors;

    @Option(names = "--server", defaultValue = "${env:SCUDO_SERVER:-http://localhost:8080}",
            description = "A running server to import through (default: ${DEFAULT-VALUE}); without one the stores are opened here.")
    String server;

    @Option(names = "--api-key", description = "API key for the server (default: the SCUDO_API_KEY environment variable).")
    String apiKey;

    @Option(names = "--analyze", description = "Run the analytics when the import is done, so that scores, segments "
            + "and the 360 views include it.")
    boolean analyze;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        int imported = importFile();
        if (imported != 0 || !analyze) {
            return imported;
        }
        AnalyzeCommand analytics = new AnalyzeCommand();
        analytics.options.workspace = workspace;
        analytics.options.server = server;
        analytics.options.apiKey = apiKey;
        analytics.springArguments = springArguments;
        return analytics.call();
    }

    private int importFile() throws Exception {
        WorkspaceId target = WorkspaceId.of(workspace);
        ImportFormat parsedFormat = ImportFormat.parse(format);
        ZoneId zone = ZoneId.of(timeZone);
        if (!Files.isRegularFile(file)) {
            System.err.println("No file at " + file);
            return 2;
        }
        ServerConnection connection = new ServerConnection(server, target.value(), apiKey);
        if (connection.isUp()) {
            return throughServer(connection, parsedFormat, zone);
        }
        try (ConfigurableApplicationContext context = LocalStores.open(springArguments)) {
            ImportService imports = context.getBean(ImportService.class);
            ProgressBar[] bar = new ProgressBar[1];
            ImportRequest request = new ImportRequest(target, parsedFormat, file.toAbsolutePath(), null, zone,
                    errors == null ? null : errors.toAbsolutePath());
            long total = Math.max(1, dataLines(file));
            bar[0] = new ProgressBar(System.err, "Importing " + file.getFileName(), total, "rows");
            long start = System.nanoTime();
            long[] first = {-1};
            ImportJob job = imports.importFile(request, done -> bar[0].update(Math.min(done, total)), copied -> {
                if (first[0] < 0) {
                    first[0] = copied;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = seconds > 0 ? (copied - first[0]) / seconds : 0;
                // After the last row, the operational copy still sets the customers' real-time counters.
                bar[0].note(String.format(java.util.Locale.ROOT, " · operational copy %,d%s", copied,
                        copied >= total ? ", setting real-time counters"
                                : rate >= 1 ? String.format(java.util.Locale.ROOT, " (%,.0f/s)", rate) : ""));
            });
            bar[0].update(total);
            bar[0].finish();
            report(job.counts(), job.resumed() > 0, job.counts().rejected() > 0 ? request.errorsFile().toString() : null);
            return 0;
        }
    }

    private int throughServer(ServerConnection connection, ImportFormat parsedFormat, ZoneId zone) throws Exception {
        System.err.println("Importing through the server at " + connection.base() + " ...");
        JsonMapper json = JsonMapper.builder().build();
        HttpResponse<String> started = connection.upload("/api/v1/imports?wait=false&format=" + parsedFormat.label()
                + "&timeZone=" + URLEncoder.encode(zone.getId(), StandardCharsets.UTF_8), file);
        if (started.statusCode() >= 300) {
            System.err.println(started.body());
            return 1;
        }
        String id = json.readTree(started.body()).get("id").asString();
        JsonNode job = json.readTree(started.body());
        ProgressBar bar = new ProgressBar(System.err, "Importing " + file.getFileName(),
                Math.max(1, job.get("totalRows").asLong()), "rows");
        while (!"completed".equals(job.get("state").asString()) && !"failed".equals(job.get("state").asString())) {
            Thread.sleep(500);
            job = json.readTree(connection.get("/api/v1/imports/" + id).body());
            bar.update(Math.min(job.get("rowsDone").asLong(), job.get("totalRows").asLong()));
        }
        bar.update(job.get("totalRows").asLong());
        if ("failed".equals(job.get("state").asString())) {
            System.err.println("The import failed: " + job.path("message").asString() + " (run the command again to resume)");
            return 1;
        }
        JsonNode c = job.get("counts");
        ImportCounts counts = new ImportCounts(c.get("rows").asLong(), c.get("created").asLong(), c.get("updated").asLong(),
                c.get("unchanged").asLong(), c.get("rejected").asLong(), c.get("customersCreated").asLong());
        Path errorFile = errors != null ? errors : file.toAbsolutePath().resolveSibling(
                file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".errors.csv");
        if (counts.rejected() > 0) {
            Files.writeString(errorFile, connection.get("/api/v1/imports/" + id + "/errors.csv").body());
        }
        report(counts, job.get("resumed").asInt() > 0, counts.rejected() > 0 ? errorFile.toString() : null);
        return 0;
    }

    /** Lines after the header, counted as bytes so that any encoding works. */
    static long dataLines(Path path) throws java.io.IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    private void report(ImportCounts c, boolean resumed, String errorFile) {
        System.out.printf("%s %d rows into workspace '%s': %d new, %d updated, %d unchanged, %d customers added, %d rows rejected%n",
                resumed ? "Resumed and imported" : "Imported", c.rows(), workspace, c.created(), c.updated(), c.unchanged(),
                c.customersCreated(), c.rejected());
        if (errorFile != null) {
            System.out.println("Rejected rows, with line numbers and reasons: " + errorFile);
        }
        if (c.created() + c.updated() + c.customersCreated() > 0) {
            if (!analyze) {
                System.out.println("Hint: run `analyze --workspace " + workspace + "` (or import with --analyze) so that "
                        + "scores, segments and the 360 views include this import.");
            }
        }
    }
}
