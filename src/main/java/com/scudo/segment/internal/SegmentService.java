package com.scudo.segment.internal;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.segment.MemberPage;
import com.scudo.segment.Segment;
import com.scudo.segment.SegmentDetail;
import com.scudo.segment.SegmentDraft;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentMigration;
import com.scudo.segment.SegmentPreview;
import com.scudo.segment.SegmentStats;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidInputException.FieldProblem;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.PlainText;
import com.scudo.shared.WorkspaceId;
import com.scudo.segment.SegmentsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
class SegmentService implements Segments {
    private static final int MAX_PRIORITY = 1_000_000;
    private final SegmentStore store;
    private final SegmentAssigner assigner;
    private final SegmentFigures figures;
    private final SegmentMembers members;
    private final MigrationMatrix migrations;
    private final Clock clock;
    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    SegmentService(SegmentStore store, SegmentAssigner assigner, SegmentFigures figures, SegmentMembers members,
                   MigrationMatrix migrations, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.assigner = assigner;
        this.figures = figures;
        this.members = members;
        this.migrations = migrations;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public List<SegmentSummary> list(WorkspaceId workspace) {
        Map<String, SegmentStats> stats = figures.current(workspace);
        return store.all(workspace).stream().map(s -> new SegmentSummary(s,
                stats.getOrDefault(s.id().value(), figures.empty(workspace)))).toList();
    }

    @Override
    public Optional<Segment> find(WorkspaceId workspace, SegmentId id) {
        return store.find(workspace, id);
    }

    @Override
    public Map<SegmentId, String> names(WorkspaceId workspace, Collection<SegmentId> ids) {
        return store.names(workspace, ids);
    }

    @Override
    public SegmentDetail detail(WorkspaceId workspace, SegmentId id) {
        Segment segment = existing(workspace, id);
        SegmentStats stats = figures.current(workspace).getOrDefault(id.value(), figures.empty(workspace));
        return new SegmentDetail(segment, stats, figures.trend(workspace, id));
    }

    @Override
    public MemberPage members(WorkspaceId workspace, SegmentId id, String sort, int limit, String cursor) {
        existing(workspace, id);
        return members.page(workspace, id, sort, limit, cursor);
    }

    @Override
    public void exportMembers(WorkspaceId workspace, SegmentId id, Writer out) throws IOException {
        existing(workspace, id);
        members.writeCsv(workspace, id, out);
        audit.record(workspace, AuditAction.SEGMENT_EXPORTED, AuditSubject.segment(id.value()), null);
    }

    @Override
    @Transactional
    public Segment create(WorkspaceId workspace, SegmentDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(new FieldProblem("name", "A segment needs a name"));
        }
        checkTexts(draft, problems);
        SegmentId id = null;
        if (draft.id() != null && !draft.id().isBlank()) {
            id = SegmentId.of(draft.id());
        } else if (draft.name() != null && !draft.name().isBlank()) {
            id = SegmentId.fromName(draft.name());
        }
        if (id != null && store.find(workspace, id).isPresent()) {
            problems.add(new FieldProblem("id", "A segment with id " + id + " already exists; choose another id or name"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String rule = canonical(draft.rule());
        int priority = draft.priority() == null ? store.nextPriority(workspace) : draft.priority();
        Segment created = store.insert(workspace, id, draft.name().trim(), blankToNull(draft.description()), rule,
                priority);
        assigner.reassign(workspace);
        events.publishEvent(new SegmentsChanged(workspace));
        audit.record(workspace, AuditAction.SEGMENT_CREATED, AuditSubject.segment(created.id().value()), null);
        return created;
    }

    @Override
    @Transactional
    public Segment update(WorkspaceId workspace, SegmentId id, SegmentDraft draft) {
        Segment current = existing(workspace, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.id() != null && !draft.id().isBlank() && !SegmentId.of(draft.id()).equals(id)) {
            problems.add(new FieldProblem("id", "The body's id '" + draft.id() + "' differs from the path's '" + id
                    + "'; a segment's id cannot change"));
        }
        if (draft.name() != null && draft.name().isBlank()) {
            problems.add(new FieldProblem("name", "A segment's name cannot be empty"));
        }
        checkTexts(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Segment changed = new Segment(id, draft.name() == null ? current.name() : draft.name().trim(),
                draft.description() == null ? current.description() : blankToNull(draft.description()),
                draft.rule() == null ? current.rule() : canonical(draft.rule()),
                draft.priority() == null ? current.priority() : draft.priority(),
                current.builtIn(), current.createdAt(), current.updatedAt());
        Segment saved = store.update(workspace, changed);
        if (!changed.rule().equals(current.rule()) || changed.priority() != current.priority()) {
            assigner.reassign(workspace);
        }
        events.publishEvent(new SegmentsChanged(workspace));
        audit.record(workspace, AuditAction.SEGMENT_UPDATED, AuditSubject.segment(id.value()), null);
        return saved;
    }

    @Override
    @Transactional
    public void delete(WorkspaceId workspace, SegmentId id) {
        Segment segment = existing(workspace, id);
        if (segment.builtIn()) {
            throw new InvalidInputException("id", "Built-in segment " + id
                    + " cannot be deleted; edit its rule, name or priority instead");
        }
        store.delete(workspace, id);
        assigner.reassign(workspace);
        events.publishEvent(new SegmentsChanged(workspace));
        audit.record(workspace, AuditAction.SEGMENT_DELETED, AuditSubject.segment(id.value()), null);
    }

    @Override
    public SegmentPreview preview(WorkspaceId workspace, String rule) {
        FilterExpression expression = SegmentRules.parse(rule);
        LocalDate asOf = assigner.lastRun(workspace);
        return figures.preview(workspace, expression, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @Override
    public SegmentMigration migration(WorkspaceId workspace, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "'from' must be a date before 'to' (got " + from + " and " + to + ")");
        }
        List<LocalDate> dates = figures.snapshotDates(workspace);
        List<FieldProblem> problems = new ArrayList<>();
        if (!dates.contains(from)) {
            problems.add(new FieldProblem("from", "No snapshot on " + from + "; snapshot dates: " + listed(dates)));
        }
        if (!dates.contains(to)) {
            problems.add(new FieldProblem("to", "No snapshot on " + to + "; snapshot dates: " + listed(dates)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return migrations.between(workspace, from, to, store.all(workspace));
    }

    @Override
    public List<LocalDate> snapshotDates(WorkspaceId workspace) {
        return figures.snapshotDates(workspace);
    }

    private Segment existing(WorkspaceId workspace, SegmentId id) {
        return store.find(workspace, id).orElseThrow(() -> new NotFoundException("No segment " + id + " in workspace "
                + workspace + "; GET /api/v1/segments lists them"));
    }

    private static void checkTexts(SegmentDraft draft, List<FieldProblem> problems) {
        if (draft.name() != null && draft.name().trim().length() > 120) {
            problems.add(new FieldProblem("name", "A segment's name can have at most 120 characters"));
        }
        if (PlainText.hasHiddenCharacters(draft.name())) {
            problems.add(new FieldProblem("name", "A segment's name cannot hold control or bidirectional-control characters"));
        }
        if (draft.description() != null && draft.description().length() > 1000) {
            problems.add(new FieldProblem("description", "A description can have at most 1000 characters"));
        }
        if (draft.priority() != null && (draft.priority() < 1 || draft.priority() > MAX_PRIORITY)) {
            problems.add(new FieldProblem("priority", "priority must be between 1 and " + MAX_PRIORITY
                    + " (lower comes first; the built-in segments use 10, 20, ... 130)"));
        }
    }

    /** Stored rules are the canonical text, so equal rules compare equal and always parse back. */
    private static String canonical(String rule) {
        return Filters.render(SegmentRules.parse(rule));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String listed(List<LocalDate> dates) {
        return dates.isEmpty() ? "none yet (run the analytics first)" : dates.toString();
    }
}
