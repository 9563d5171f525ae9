package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;
import com.scudo.assistant.SegmentMovesCard;
import com.scudo.assistant.StagedAnswer;
import com.scudo.segment.SegmentMigration;
import com.scudo.segment.Segments;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "How did our segments change since last month?", "Which segment grew the most?", "Who moved into At risk?": the
 * main-segment migration between two dated runs, the same the segments page shows, told as which segments grew and
 * shrank and the biggest moves (into and out of the segment the question names, when it names one).
 */
@Component
class SegmentMoves {
    /** Moves shown in words and on the card. */
    private static final int MOVES = 5;
    private final Segments segments;

    SegmentMoves(Segments segments) {
        this.segments = segments;
    }

    StagedAnswer answer(AnswerContext ctx) {
        List<LocalDate> dates = segments.snapshotDates(ctx.workspace());
        if (dates.size() < 2) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "Segment changes need scores of two dates, and "
                    + (dates.isEmpty() ? "this shop has none yet" : "this shop has them of " + ctx.date(dates.get(0))
                    + " only") + ": every run keeps a dated snapshot, and the daily re-score adds one a day.",
                    List.of(), null, "rules");
        }
        Interpretation.Period period = ctx.interpretation().period();
        // The period's last scores ("last month": those of its last day or before), else ("since last month", no
        // period, a period up to today) the latest there are.
        boolean sinceThen = period == null || period.until().isAfter(ctx.asOf())
                || ctx.question().toLowerCase(java.util.Locale.ROOT).contains("since " + period.words());
        LocalDate to = sinceThen ? dates.get(dates.size() - 1) : dates.stream()
                .filter(d -> d.isBefore(period.until()) && d.isAfter(dates.get(0))).reduce((a, b) -> b)
                .orElse(dates.get(dates.size() - 1));
        LocalDate wanted = period != null ? period.from() : to.minusMonths(1);
        LocalDate from = dates.stream().filter(d -> !d.isAfter(wanted) && d.isBefore(to)).reduce((a, b) -> b)
                .orElse(dates.get(0));
        SegmentMigration migration = segments.migration(ctx.workspace(), from, to);
        List<SegmentMovesCard.Row> rows = rows(ctx, migration);
        String named = ctx.interpretation().segment();
        List<SegmentMovesCard.Move> moves = moves(ctx, migration, named);

        StringBuilder insight = new StringBuilder("Between ").append(ctx.date(from)).append(" and ").append(ctx.date(to));
        if (period != null && from.isAfter(period.from())) {
            insight.append(" (the earliest scores there are for ").append(period.words()).append(")");
        }
        insight.append(": ");
        if (named != null) {
            insight.append(namedSegment(ctx, rows, moves, named));
        } else {
            long moved = migration.flows().stream().filter(f -> !f.from().equals(f.to()))
                    .mapToLong(SegmentMigration.Flow::customers).sum();
            insight.append(Words.count(moved, "customer")).append(" changed main segment.");
            rows.stream().filter(r -> r.change() > 0 && !r.segmentId().equals(SegmentMigration.NONE))
                    .max(Comparator.comparingLong(SegmentMovesCard.Row::change))
                    .ifPresent(r -> insight.append(" Main segment that grew the most: ").append(change(r)).append("."));
            rows.stream().filter(r -> r.change() < 0 && !r.segmentId().equals(SegmentMigration.NONE))
                    .min(Comparator.comparingLong(SegmentMovesCard.Row::change))
                    .ifPresent(r -> insight.append(" Shrank the most: ").append(change(r)).append("."));
            if (!moves.isEmpty()) {
                insight.append(" Biggest move: ").append(move(ctx, moves.get(0))).append(".");
            }
        }
        // Main segments (a customer's first by priority), so the counts add up; a segment's members can be more.
        SegmentMovesCard card = new SegmentMovesCard("Main segments on " + ctx.date(from) + " and " + ctx.date(to), from, to,
                rows, moves);
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight.toString(),
                List.of(StagedAnswer.CardSource.of(card)), null, "rules");
    }

    private static String namedSegment(AnswerContext ctx, List<SegmentMovesCard.Row> rows,
                                       List<SegmentMovesCard.Move> moves, String segment) {
        String name = ctx.segmentName(segment);
        SegmentMovesCard.Row row = rows.stream().filter(r -> r.segmentId().equals(segment)).findFirst()
                .orElse(new SegmentMovesCard.Row(segment, name, 0, 0));
        StringBuilder text = new StringBuilder(change(new SegmentMovesCard.Row(segment, name + " as a main segment",
                row.customersBefore(), row.customersAfter()))).append(".");
        List<SegmentMovesCard.Move> in = moves.stream().filter(m -> m.toSegmentId().equals(segment)).toList();
        List<SegmentMovesCard.Move> out = moves.stream().filter(m -> m.fromSegmentId().equals(segment)).toList();
        text.append(in.isEmpty() ? " Nobody moved into it." : " Moved in: " + list(ctx, in, true) + ".");
        text.append(out.isEmpty() ? " Nobody moved out." : " Moved out: " + list(ctx, out, false) + ".");
        return text.toString();
    }

    /** "At risk, 21 → 18 customers (−3)". */
    private static String change(SegmentMovesCard.Row r) {
        return r.name() + ", " + r.customersBefore() + " → " + Words.count(r.customersAfter(), "customer") + " ("
                + (r.change() > 0 ? "+" : r.change() < 0 ? "−" : "±") + Math.abs(r.change()) + ")";
    }

    private static String move(AnswerContext ctx, SegmentMovesCard.Move m) {
        return Words.count(m.customers(), "customer") + " worth " + ctx.money(m.value()) + " from " + m.fromName() + " to "
                + m.toName();
    }

    private static String list(AnswerContext ctx, List<SegmentMovesCard.Move> moves, boolean into) {
        List<String> parts = new ArrayList<>();
        for (SegmentMovesCard.Move m : moves) {
            parts.add(m.customers() + (into ? " from " + m.fromName() : " to " + m.toName()) + " (" + ctx.money(m.value()) + ")");
        }
        return String.join(", ", parts);
    }

    /** Each segment's customers at both dates, in the migration's order (priority, no segment last); empty ones left out. */
    private static List<SegmentMovesCard.Row> rows(AnswerContext ctx, SegmentMigration migration) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        migration.segments().forEach(s -> counts.put(s, new long[2]));
        for (SegmentMigration.Flow f : migration.flows()) {
            counts.computeIfAbsent(f.from(), s -> new long[2])[0] += f.customers();
            counts.computeIfAbsent(f.to(), s -> new long[2])[1] += f.customers();
        }
        List<SegmentMovesCard.Row> rows = new ArrayList<>();
        counts.forEach((id, n) -> {
            if (n[0] > 0 || n[1] > 0) {
                rows.add(new SegmentMovesCard.Row(id, name(ctx, id), n[0], n[1]));
            }
        });
        return rows;
    }

    /** The biggest moves between two segments (most customers first), only those touching {@code segment} if given. */
    private static List<SegmentMovesCard.Move> moves(AnswerContext ctx, SegmentMigration migration, String segment) {
        return migration.flows().stream().filter(f -> !f.from().equals(f.to()))
                .filter(f -> segment == null || f.from().equals(segment) || f.to().equals(segment))
                .sorted(Comparator.comparingLong(SegmentMigration.Flow::customers).reversed()
                        .thenComparing(f -> f.value() == null ? BigDecimal.ZERO : f.value(), Comparator.reverseOrder()))
                .limit(segment == null ? MOVES : MOVES * 2L)
                .map(f -> new SegmentMovesCard.Move(f.from(), name(ctx, f.from()), f.to(), name(ctx, f.to()), f.customers(),
                        f.value()))
                .toList();
    }

    private static String name(AnswerContext ctx, String id) {
        return SegmentMigration.NONE.equals(id) ? "No segment" : ctx.segmentName(id); // as the segments page names it
    }
}
