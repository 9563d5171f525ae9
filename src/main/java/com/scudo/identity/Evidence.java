package com.scudo.identity;

/**
 * What links two customers: the rule, a score in 0..1 and a description for the reviewer. {@code automatic} is
 * true when the rule is exact and nothing contradicts it (names agree), so a workspace that allows it merges the
 * pair without review. The description names which fields agree, never their values: it is no personal data.
 */
public record Evidence(MatchRule rule, double score, boolean automatic, String description) {
}
