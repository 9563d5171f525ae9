package com.scudo.cli;

import com.scudo.imports.ImportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

@Command(name = "import", description = "Import customers, orders or interactions from a file. "
        + "Running it again after an interruption resumes; running it on an imported file changes nothing.")
class ImportCommand extends GatewayCommand {

    @Parameters(index = "0", description = "The file to import.")
    Path file;

    @Option(names = "--format", required = true,
            description = "scudo-customers, scudo-orders, scudo-interactions, shopify or cdnow (see docs/import-format.md).")
    String format;

    @Option(names = "--time-zone", defaultValue = "UTC",
            description = "Zone of dates and times written without an offset (default: ${DEFAULT-VALUE}).")
    String timeZone;

    @Option(names = "--column", paramLabel = "OURS=THEIRS", description = "Read a column of the format from the file's "
            + "own header, e.g. --column order_id=InvoiceNo --column customer_id=CustomerID (repeatable).")
    java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();

    @Option(names = "--date-format", description = "Pattern of the file's dates and times where they are not ISO-8601, "
            + "e.g. 'dd/MM/yyyy' or 'M/d/yyyy H:mm' (read in --time-zone).")
    String dateFormat;

    private com.scudo.imports.ImportOptions options;

    @Option(names = "--errors", description = "Where to write rejected rows (default: NAME.errors.csv next to the file).")
    Path errors;

    @Option(names = "--analyze", description = "Run the analytics when the import is done, so that scores, segments "
            + "and the 360 views include it.")
    boolean analyze;

    @Override
    Integer refuseEarly(PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("No file at " + file);
            return 2;
        }
        try {
            format = ImportFormat.parse(format).label();
            timeZone = ZoneId.of(timeZone).getId();
            options = new com.scudo.imports.ImportOptions(columns, dateFormat);
        } catch (RuntimeException e) { // an unknown format or zone, a column mapping or date pattern that cannot be read
            err.println(e.getMessage());
            return 2;
        }
        return null;
    }

    @Override
    int run(Gateway gateway, PrintWriter out, PrintWriter err) throws Exception {
        Path errorFile = errors != null ? errors : file.toAbsolutePath().resolveSibling(
                file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".errors.csv");
        err.println("Importing " + file.getFileName() + " into workspace '" + gateway.workspace() + "' on "
                + gateway.where() + " ...");
        JsonNode job = gateway.startImport(file, format, timeZone, errorFile, options);
        ProgressBar bar = new ProgressBar(err, "Importing " + file.getFileName(), 0, "rows");
        while ("running".equals(job.path("state").asString())) {
            follow(bar, job);
            Thread.sleep(300);
            job = gateway.importJob(job.path("id").asString());
        }
        follow(bar, job);
        bar.finish();
        JsonNode counts = job.path("counts");
        boolean rejected = counts.path("rejected").asLong() > 0;
        if (rejected) {
            try (Writer writer = Files.newBufferedWriter(errorFile)) {
                gateway.importErrors(job.path("id").asString(), writer);
            }
        }
        if ("failed".equals(job.path("state").asString())) {
            err.println("The import failed: " + job.path("message").asString("no reason given")
                    + (rejected ? " Rejected rows, with line numbers and reasons: " + errorFile : ""));
            return 1;
        }
        report(out, job, rejected ? errorFile : null);
        if (!analyze) {
            return 0;
        }
        return AnalyzeCommand.analyse(gateway, null, false, out, err);
    }

    /** Shows the phase the import is in: rows checked and written to the analytical store, then the operational copy. */
    private static void follow(ProgressBar bar, JsonNode job) {
        long total = Math.max(1, job.path("totalRows").asLong());
        long analytical = job.path("rowsDone").asLong();
        long operational = job.path("operationalRows").asLong();
        String state = job.path("state").asString();
        if ("completed".equals(state)) {
            bar.phase("rows written to both stores", total);
            bar.update(total);
        } else if (!"running".equals(state)) {
            bar.finish();
        } else if (analytical < total) {
            bar.phase("checking rows, writing the analytical store", total);
            bar.update(analytical);
        } else if (operational < total) {
            bar.phase("writing the operational store", total);
            bar.update(operational);
        } else {
            bar.phase("setting the real-time counters", total);
            bar.update(total);
        }
    }

    private void report(PrintWriter out, JsonNode job, Path errorFile) throws IOException {
        JsonNode c = job.path("counts");
        out.printf("%s %d rows into workspace '%s': %d new, %d updated, %d unchanged, %d customers added, %d rows rejected%n",
                job.path("resumed").asInt() > 0 ? "Resumed and imported" : "Imported", c.path("rows").asLong(),
                job.path("workspace").asString(), c.path("created").asLong(), c.path("updated").asLong(),
                c.path("unchanged").asLong(), c.path("customersCreated").asLong(), c.path("rejected").asLong());
        if (errorFile != null) {
            out.println("Rejected rows, with line numbers and reasons: " + errorFile);
        }
        String message = job.path("message").asString("");
        if ("completed".equals(job.path("state").asString("")) && !message.isBlank()) {
            out.println(message); // e.g. orders held back for an exchange rate
        }
        if (!analyze && c.path("created").asLong() + c.path("updated").asLong() + c.path("customersCreated").asLong() > 0) {
            out.println("Hint: run `analyze --workspace " + job.path("workspace").asString() + "` (or import with --analyze) "
                    + "so that scores, segments and the 360 views include this import.");
        }
    }
}
