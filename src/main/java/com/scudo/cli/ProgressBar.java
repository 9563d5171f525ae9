package com.scudo.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal, with rate and time left. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long total;
    private final String unit;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos;
    private long lastDone;
    private String note = "";
    private boolean ended;

    ProgressBar(PrintStream out, String label, long total, String unit) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    /** Text shown after the bar (for instance, how far a second stream of work is); redraws the line. */
    synchronized void note(String text) {
        note = text;
        update(lastDone);
    }

    synchronized void update(long done) {
        lastDone = done;
        long now = System.nanoTime();
        boolean complete = done >= total && note.isEmpty();
        if ((!complete || ended) && now - lastPrintNanos < 100_000_000L) {
            return;
        }
        lastPrintNanos = now;
        out.print("\r" + line(done, (now - startNanos) / 1e9) + note);
        if (complete && !ended) {
            out.println();
            ended = true;
        }
        out.flush();
    }

    /** Ends the line, when a note kept it open. */
    synchronized void finish() {
        if (!ended) {
            out.print("\r" + line(lastDone, (System.nanoTime() - startNanos) / 1e9) + note);
            out.println();
            ended = true;
        }
    }

    String line(long done, double seconds) {
        double share = total <= 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(share * WIDTH);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? String.format(Locale.ROOT, ", %ds left", (long) Math.ceil((total - done) / rate)) : "";
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d %s (%.0f/s%s)", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, unit, rate, eta);
    }
}
