package com.scudo.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How customers moved between primary segments from one snapshot date to a later one.
 * {@code flows} are the non-empty cells of the matrix (diagonal included); {@code segments} orders its rows
 * and columns (by priority, {@value #NONE} last). {@code notable} says the biggest off-diagonal flows in words.
 */
public record SegmentMigration(LocalDate from, LocalDate to, String valueBasis, List<String> segments,
                               List<Flow> flows, List<String> notable) {

    /** Stands for "no primary segment": not in the snapshot of that date, or matching no segment. */
    public static final String NONE = "none";

    /** Customers whose primary segment was {@code from} at the earlier date and {@code to} at the later one. */
    public record Flow(String from, String to, long customers, BigDecimal value) {
    }
}
