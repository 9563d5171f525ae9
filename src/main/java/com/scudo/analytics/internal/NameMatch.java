package com.scudo.analytics.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Arrays;
import java.util.Locale;

/**
 * How well a typed reference fits a customer's name, 0..1: the better of the whole-name Jaro-Winkler
 * similarity and the average over the typed words of their best fit to a word of the name, so "kim",
 * "david kim", "dvid kim" and "Kim David" all fit "David Kim".
 */
final class NameMatch {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private NameMatch() {
    }

    static double score(String reference, String name) {
        if (reference == null || name == null) {
            return 0;
        }
        String ref = clean(reference);
        String full = clean(name);
        if (ref.isEmpty() || full.isEmpty()) {
            return 0;
        }
        if (ref.equals(full)) {
            return 1.0;
        }
        String[] nameWords = full.split(" ");
        double words = Arrays.stream(ref.split(" ")).mapToDouble(w -> best(w, nameWords)).average().orElse(0);
        return Math.max(JW.apply(ref, full), words);
    }

    private static double best(String word, String[] nameWords) {
        double best = 0;
        for (String n : nameWords) {
            // Short words only count when equal or a prefix ("Sam" for "Samantha"): Jaro-Winkler flatters them.
            double s = word.equals(n) ? 1.0
                    : word.length() <= 3 ? (n.startsWith(word) ? 0.9 : 0) : JW.apply(word, n);
            best = Math.max(best, s);
        }
        return best;
    }

    static String clean(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]+", " ").strip();
    }
}
