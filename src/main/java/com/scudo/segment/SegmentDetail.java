package com.scudo.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A segment, its current figures and its size and value on every snapshot date (oldest first). */
public record SegmentDetail(Segment segment, SegmentStats stats, List<TrendPoint> trend) {

    /** Members on one snapshot date: all of them, those with it as primary segment, and their total spent. */
    public record TrendPoint(LocalDate date, long customers, long primaryCustomers, BigDecimal value) {
    }
}
