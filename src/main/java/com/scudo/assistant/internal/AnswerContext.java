package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;
import com.scudo.segment.SegmentSummary;
import com.scudo.shared.Figures;
import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every answer needs: the workspace, the question, how it was understood, the score date, the segments and how
 * the workspace writes its figures.
 */
record AnswerContext(WorkspaceId workspace, String question, Interpretation interpretation, LocalDate asOf,
                     List<SegmentSummary> segments, Figures figures) {

    /** In the workspace's reporting currency and locale: "$8,500", "8.500 €". */
    String money(BigDecimal amount) {
        return amount == null ? "no value yet" : figures.money(amount);
    }

    String percent(BigDecimal share) {
        return share == null ? "unknown" : figures.percent(share);
    }

    AnswerContext withInterpretation(Interpretation reading) {
        return new AnswerContext(workspace, question, reading, asOf, segments, figures);
    }

    /** The period the question names, else the last {@code days} days up to the score date. */
    Interpretation.Period periodOrLast(int days) {
        return interpretation.period() != null ? interpretation.period() : lastDays(days);
    }

    /** The last {@code days} days up to and including the score date. */
    Interpretation.Period lastDays(int days) {
        return new Interpretation.Period(asOf.minusDays(days - 1L), asOf.plusDays(1), "in the last " + days + " days");
    }

    /** "Nov 1, 2026 – Nov 30, 2026", or the one date of a one-day period ("yesterday"). */
    String span(Interpretation.Period period) {
        LocalDate last = period.until().minusDays(1);
        return last.equals(period.from()) ? date(last) : date(period.from()) + " – " + date(last);
    }

    String date(LocalDate date) {
        return figures.date(date);
    }

    Optional<SegmentSummary> segment(String id) {
        return segments.stream().filter(s -> s.segment().id().value().equals(id)).findFirst();
    }

    /** The display name of a segment id, or the id itself. */
    String segmentName(String id) {
        return id == null ? null : segment(id).map(s -> s.segment().name()).orElse(id);
    }
}
