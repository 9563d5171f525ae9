package com.scudo.assistant.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the segments a question names, tolerantly: by id words ("business professional"), by name
 * ("deal seekers") or by an everyday synonym of a built-in segment ("lapsed", "b2b"), with small typos.
 */
final class SegmentPhrases {
    /** Whole-phrase Jaro-Winkler similarity from which a window of the question counts as the phrase. */
    static final double MIN_SIMILARITY = 0.93;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("VIP_HIGH_VALUE", List.of("vip", "vips", "high value", "very important")),
            Map.entry("BUSINESS_PROFESSIONAL", List.of("b2b", "business", "businesses", "business customers",
                    "professionals", "corporate", "wholesale")),
            Map.entry("PRICE_SENSITIVE", List.of("price sensitive", "deal seekers", "bargain hunters", "discount hunters",
                    "discount shoppers", "price conscious")),
            Map.entry("AT_RISK", List.of("at risk")),
            Map.entry("DORMANT", List.of("dormant", "inactive", "lapsed", "sleeping")),
            Map.entry("NEW_CUSTOMER", List.of("new customers", "new customer", "newcomers", "first time buyers")),
            Map.entry("HIGH_AOV", List.of("high aov", "big baskets", "big basket", "high average order")),
            Map.entry("FASHION_ENTHUSIAST", List.of("fashion", "fashion enthusiasts", "fashion lovers", "fashionistas")),
            Map.entry("SEASONAL_SHOPPER", List.of("seasonal", "seasonal shoppers", "holiday shoppers")),
            Map.entry("LOYAL_REGULAR", List.of("loyal", "regulars", "loyal regulars", "loyal customers")),
            Map.entry("RISING_SPENDER", List.of("rising spenders", "growing spenders")),
            Map.entry("MOBILE_FIRST", List.of("mobile", "mobile first", "mobile shoppers", "app users")),
            Map.entry("ONE_TIME_BUYER", List.of("one time buyers", "one time", "single purchase", "one off buyers")));

    /** A segment of the workspace as the matcher knows it. */
    record Entry(String id, String name) {
    }

    /** A segment named in the question, and which token positions named it. */
    record Match(String segmentId, int start, int end, double score) {
    }

    private record Phrase(String segmentId, List<String> words) {
    }

    private final List<Phrase> phrases;

    SegmentPhrases(List<Entry> segments) {
        List<Phrase> all = new ArrayList<>();
        for (Entry s : segments) {
            Set<String> texts = new LinkedHashSet<>();
            texts.add(s.id().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (s.name() != null) {
                String name = s.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                texts.add(name);
                texts.add(name.replaceAll(" customers$", ""));
            }
            texts.addAll(SYNONYMS.getOrDefault(s.id(), List.of()));
            texts.removeIf(t -> t.isBlank() || t.equals("new"));
            texts.forEach(t -> all.add(new Phrase(s.id(), List.of(t.split(" ")))));
        }
        // Longer phrases first, so "new customers" wins over a shorter overlapping one.
        all.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
        this.phrases = List.copyOf(all);
    }

    /** Non-overlapping segment mentions, in the order they appear; one per segment. */
    List<Match> find(List<String> tokens) {
        boolean[] used = new boolean[tokens.size()];
        List<Match> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            int n = phrase.words().size();
            String wanted = String.join(" ", phrase.words());
            for (int i = 0; i + n <= tokens.size(); i++) {
                if (anyUsed(used, i, i + n) || found.stream().anyMatch(m -> m.segmentId().equals(phrase.segmentId()))) {
                    continue;
                }
                String window = String.join(" ", tokens.subList(i, i + n));
                double score = similarity(window, wanted);
                if (score >= MIN_SIMILARITY) {
                    Arrays.fill(used, i, i + n, true);
                    found.add(new Match(phrase.segmentId(), i, i + n, score));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    /** Short words must match exactly (a typo in "vip" is another word); longer ones tolerate small typos. */
    static double similarity(String window, String phrase) {
        if (window.equals(phrase)) {
            return 1.0;
        }
        if (phrase.length() < 6 || window.length() < 6) {
            return 0.0;
        }
        return SIMILARITY.apply(window, phrase);
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
