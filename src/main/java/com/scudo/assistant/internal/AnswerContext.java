package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;
import com.scudo.segment.SegmentSummary;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What every answer needs: the workspace, the question, how it was understood, the score date and the segments. */
record AnswerContext(WorkspaceId workspace, String question, Interpretation interpretation, LocalDate asOf,
                     List<SegmentSummary> segments) {

    Optional<SegmentSummary> segment(String id) {
        return segments.stream().filter(s -> s.segment().id().value().equals(id)).findFirst();
    }

    /** The display name of a segment id, or the id itself. */
    String segmentName(String id) {
        return id == null ? null : segment(id).map(s -> s.segment().name()).orElse(id);
    }
}
