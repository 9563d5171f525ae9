package com.scudo.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the segments changed between two dated runs: each segment's customers at both dates (main segment), and the
 * biggest moves between segments.
 */
public record SegmentMovesCard(String title, LocalDate from, LocalDate to, List<Row> segments, List<Move> moves)
        implements Card {

    public SegmentMovesCard {
        segments = List.copyOf(segments);
        moves = List.copyOf(moves);
    }

    /** {@code segmentId} is {@code none} for customers in no segment (or not yet customers) at a date. */
    public record Row(String segmentId, String name, long customersBefore, long customersAfter) {
        public long change() {
            return customersAfter - customersBefore;
        }
    }

    /** Customers whose main segment was {@code from} at the first date and {@code to} at the second. */
    public record Move(String fromSegmentId, String fromName, String toSegmentId, String toName, long customers,
                       BigDecimal value) {
    }
}
