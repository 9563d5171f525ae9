package com.scudo.identity;

import java.time.Instant;

/** One merge as the API shows it: who survived, who was merged into them, on what evidence, and whether it stands. */
public record MergeResult(String mergeId, String survivorId, String mergedId, String rule, String evidence,
                          String state, int ordersMoved, int interactionsMoved, Instant mergedAt, Instant unmergedAt) {
}
