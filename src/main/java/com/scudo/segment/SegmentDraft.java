package com.scudo.segment;

/**
 * What a user sends to create or edit a segment. On create only {@code name} and {@code rule} are required
 * ({@code id} defaults to one derived from the name, {@code priority} to after every existing segment);
 * on edit a null field keeps its current value.
 */
public record SegmentDraft(String id, String name, String description, String rule, Integer priority) {
}
