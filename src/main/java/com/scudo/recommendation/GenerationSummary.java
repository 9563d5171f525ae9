package com.scudo.recommendation;

/** What one generation pass did: customers read, recommendations opened, refreshed and withdrawn. */
public record GenerationSummary(int customers, int opened, int refreshed, int withdrawn, long millis) {
}
