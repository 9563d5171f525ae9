package com.scudo.assistant.internal;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders example questions by how close they are to one that was not understood: words they share count most
 * (a word within two edits counts as shared, so "revenu" finds "revenue"), filler words not at all.
 */
final class Closeness {
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "for", "in", "on", "to", "me", "my", "our",
            "is", "are", "who", "what", "which", "how", "show", "find", "i", "you", "and", "by", "with", "do", "does");

    private Closeness() {
    }

    static List<String> rank(Utterance question, List<String> examples) {
        Set<String> words = question.tokens().stream().filter(t -> !FILLER.contains(t)).collect(Collectors.toSet());
        return examples.stream()
                .sorted(Comparator.comparingDouble((String e) -> -score(words, Utterance.of(e).tokens())))
                .toList();
    }

    private static double score(Set<String> words, List<String> example) {
        double score = 0;
        for (String w : words) {
            if (example.contains(w)) {
                score += 1;
            } else if (w.length() >= 4 && example.stream().anyMatch(e -> e.length() >= 4 && isNear(w, e))) {
                score += 0.7;
            }
        }
        return score;
    }

    private static boolean isNear(String a, String b) {
        int d = EDITS.apply(a, b);
        return d >= 0 && d <= 2 || a.startsWith(b) || b.startsWith(a);
    }
}
