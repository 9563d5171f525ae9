package com.scudo.privacy.internal;

import com.scudo.imports.ImportService;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The error files imports leave on disk ({@code NAME.errors.csv}) copy rejected rows, which may name the
 * customer. A file that mentions them is written again from {@code import_errors}, after their rows are gone.
 */
@Component
class ImportErrorFiles {
    private static final Logger log = LoggerFactory.getLogger(ImportErrorFiles.class);
    private final DSLContext sql;
    private final ImportService imports;

    ImportErrorFiles(DSLContext sql, ImportService imports) {
        this.sql = sql;
        this.imports = imports;
    }

    /** Returns how many files were rewritten. */
    int rewriteMentioning(Identity who) {
        int rewritten = 0;
        for (Record2<String, String> job : sql.resultQuery(
                        "select job_id, errors_file from import_jobs where workspace_id = ? and errors_file is not null",
                        who.workspace().value())
                .coerce(org.jooq.impl.DSL.field("job_id", String.class), org.jooq.impl.DSL.field("errors_file", String.class))
                .fetch()) {
            Path file = Path.of(job.value2());
            if (Files.isRegularFile(file) && mentions(file, who)) {
                rewrite(who, job.value1(), file);
                rewritten++;
            }
        }
        return rewritten;
    }

    private static boolean mentions(Path file, Identity who) {
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (who.mentionedIn(line)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import error file " + file, e);
        }
    }

    private void rewrite(Identity who, String jobId, Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".erasing");
        try {
            try (Writer out = Files.newBufferedWriter(temporary)) {
                imports.writeErrors(who.workspace(), jobId, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Rewrote the import error file {} without the erased customer's rows", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite the import error file " + file, e);
        }
    }
}
