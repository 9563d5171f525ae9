package com.scudo.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, with the phase it is in, the rate and the time left. A new phase
 * ends the line and starts counting again, so a rate is always over one phase's own work, measured from the
 * first count seen (not from zero, which would make a bar started late look fast).
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final String label;
    private final String unit;
    private String phase;
    private long total;
    private long firstDone = -1;
    private long firstNanos;
    private long lastPrintNanos;
    private long lastDone;
    private String note = "";
    private boolean open;

    ProgressBar(PrintWriter out, String label, long total, String unit) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    /** Starts a named phase of {@code phaseTotal} units; the previous phase's line is ended. */
    synchronized void phase(String name, long phaseTotal) {
        if (name.equals(phase) && phaseTotal == total) {
            return;
        }
        finish();
        phase = name;
        total = phaseTotal;
        firstDone = -1;
        lastDone = 0;
        note = "";
    }

    /** Text shown after the bar (for instance, a second stream of work); redraws the line. */
    synchronized void note(String text) {
        note = text == null ? "" : text;
        update(lastDone);
    }

    synchronized void update(long done) {
        long now = System.nanoTime();
        if (firstDone < 0) {
            firstDone = done;
            firstNanos = now;
        }
        boolean moved = done != lastDone;
        lastDone = done;
        // Redraw when the count moves (at most ten times a second), else every few seconds for the time left:
        // a bar that redraws on every poll would fill a pipe that nobody reads yet.
        long wait = moved ? 100_000_000L : 5_000_000_000L;
        if (open && now - lastPrintNanos < wait && done < total) {
            return;
        }
        lastPrintNanos = now;
        out.print("\r" + line(done, (now - firstNanos) / 1e9) + note);
        out.flush();
        open = true;
    }

    /** Ends the line, if one is open. */
    synchronized void finish() {
        if (open) {
            out.print("\r" + line(lastDone, (System.nanoTime() - firstNanos) / 1e9) + note);
            out.println();
            out.flush();
            open = false;
        }
    }

    String line(long done, double seconds) {
        double share = total <= 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(share * WIDTH);
        // A rate over less than a second, or over no work, says nothing.
        double rate = seconds >= 1 && done > firstDone ? (done - Math.max(0, firstDone)) / seconds : 0;
        String speed = rate > 0 ? String.format(Locale.ROOT, " (%,.0f/s%s)", rate, done < total
                ? String.format(Locale.ROOT, ", %s left", duration((total - done) / rate)) : "") : "";
        return String.format(Locale.ROOT, "%s%s [%s%s] %,d/%,d %s%s", label, phase == null ? "" : ": " + phase,
                "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, unit, speed);
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return Math.max(1, Math.round(seconds)) + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
