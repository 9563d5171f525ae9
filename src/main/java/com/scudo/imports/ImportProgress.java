package com.scudo.imports;

import java.util.Locale;

/** An import's progress in words, e.g. "rows in analytics: 1,000,000 of 1,000,000; operational copy: 412,000 — catching up at 1,150/s, ETA 8 min". */
final class ImportProgress {
    private ImportProgress() {
    }

    static String describe(ImportJob job, Double operationalRate, boolean settingCounters) {
        if ("completed".equals(job.state())) {
            return String.format(Locale.ROOT, "%,d rows imported into both stores", job.rowsDone());
        }
        String text = String.format(Locale.ROOT, "rows in analytics: %,d of %,d; operational copy: %,d",
                job.rowsDone(), job.totalRows(), job.operationalRows());
        if (!"running".equals(job.state())) {
            return text + " — stopped; run the import again to resume";
        }
        if (settingCounters) {
            // Every row is copied; the copy is complete once the customers' counters are set.
            return text + " — setting the real-time counters";
        }
        if (operationalRate == null || operationalRate < 1) {
            return text;
        }
        long left = Math.max(0, job.totalRows() - job.operationalRows());
        return text + String.format(Locale.ROOT, " — catching up at %,.0f/s, ETA %s", operationalRate,
                duration(left / operationalRate));
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
