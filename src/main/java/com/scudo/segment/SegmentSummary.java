package com.scudo.segment;

/** A segment with its current figures: one row of the segment list. */
public record SegmentSummary(Segment segment, SegmentStats stats) {
}
