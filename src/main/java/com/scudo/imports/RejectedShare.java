package com.scudo.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule that keeps an import honest: one that rejects every row, or more than the stated share of them, has
 * most likely been given the wrong file or format, so it fails (with the first reason) instead of reporting a
 * success. The rows it accepted stay stored, and every rejected row is in its error file.
 */
final class RejectedShare {
    private RejectedShare() {
    }

    static Optional<String> refusal(ImportJob job, double maxShare) {
        ImportCounts counts = job.counts();
        if (counts.rows() == 0 || counts.rejected() == 0) {
            return Optional.empty();
        }
        boolean every = counts.rejected() >= counts.rows();
        if (!every && counts.rejected() <= maxShare * counts.rows()) {
            return Optional.empty();
        }
        String first = job.errors() == null || job.errors().isEmpty() ? ""
                : " The first, line " + job.errors().get(0).line() + ": " + job.errors().get(0).reason() + ".";
        return Optional.of(String.format(Locale.ROOT, "%,d of %,d rows were rejected (%s): is this a %s file?%s "
                        + "%s Every rejected row, with its line and reason, is in the error file.",
                counts.rejected(), counts.rows(), every ? "every row" : String.format(Locale.ROOT,
                        "more than %.0f%%", maxShare * 100), job.format(), first,
                every ? "Nothing was imported." : String.format(Locale.ROOT, "The %,d accepted rows are stored.",
                        counts.rows() - counts.rejected())));
    }
}
