package com.scudo.identity;

import java.util.List;

/** What one search for duplicates found and did. */
public record MatchRun(int customers, long pairsCompared, int blocksSkipped, int merged, int suggested,
                       long millis) {

    /** Two customers; order does not matter. */
    public record Pair(String a, String b) {
    }

    /** A customer as the reviewer sees them. */
    public record Side(String id, String name, String email, String phone, String city, String country) {
    }

    public record Suggestion(Side a, Side b, String rule, double score, String evidence, java.time.Instant foundAt) {
    }

    public record Suggestions(List<Suggestion> suggestions, int open) {
    }

    /** outcome: merged (with the merge id), rejected, or not-open (decided before or gone). */
    public record Decision(String a, String b, String outcome, String mergeId) {
    }
}
