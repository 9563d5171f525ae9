package com.scudo.segment;

import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The segments of a workspace: the 13 built-in ones (seeded on first use) and the merchant's own, their
 * members and figures, and how customers moved between them. Used by the API, the assistant and the dashboard.
 * Rule errors surface as {@link com.scudo.segment.filter.FilterException} (with position) or
 * {@link com.scudo.shared.InvalidInputException}; unknown ids as {@link com.scudo.shared.NotFoundException}.
 */
public interface Segments {

    /** Every segment in priority order, with current figures. */
    List<SegmentSummary> list(WorkspaceId workspace);

    Optional<Segment> find(WorkspaceId workspace, SegmentId id);

    /** The names of these segments (one statement for any number of them); unknown ids are left out. */
    Map<SegmentId, String> names(WorkspaceId workspace, Collection<SegmentId> ids);

    /** The segment, its figures and its trend over the snapshots. */
    SegmentDetail detail(WorkspaceId workspace, SegmentId id);

    /**
     * Current members, sorted by a filter field ({@code "clv"} ascending, {@code "-clv"} descending; null means
     * {@code -total_spent}), {@code limit} 1..1000, {@code cursor} from the previous page or null.
     */
    MemberPage members(WorkspaceId workspace, SegmentId id, String sort, int limit, String cursor);

    /** Writes the current members as CSV (a header, then one line per customer), streaming from the database. */
    void exportMembers(WorkspaceId workspace, SegmentId id, Writer out) throws IOException;

    /** Creates a custom segment and assigns customers to it as of the last analytics run. */
    Segment create(WorkspaceId workspace, SegmentDraft draft);

    /** Edits a segment (built-in ones too) and reassigns customers as of the last analytics run. */
    Segment update(WorkspaceId workspace, SegmentId id, SegmentDraft draft);

    /** Deletes a custom segment (built-in ones cannot be deleted) and closes its assignments. */
    void delete(WorkspaceId workspace, SegmentId id);

    /** Counts and values what a rule would select, without saving anything. */
    SegmentPreview preview(WorkspaceId workspace, String rule);

    /** The primary-segment migration matrix between two snapshot dates ({@code from} before {@code to}). */
    SegmentMigration migration(WorkspaceId workspace, LocalDate from, LocalDate to);

    /** Dates with metric snapshots, oldest first. */
    List<LocalDate> snapshotDates(WorkspaceId workspace);
}
