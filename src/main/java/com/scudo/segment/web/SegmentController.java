package com.scudo.segment.web;

import com.scudo.segment.MemberPage;
import com.scudo.segment.Segment;
import com.scudo.segment.SegmentDetail;
import com.scudo.segment.SegmentDraft;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentMigration;
import com.scudo.segment.SegmentPreview;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Segments: list with figures, detail with trend, members, CSV export, create/edit/delete, preview, migration. */
@RestController
@RequestMapping("/api/v1/segments")
class SegmentController {
    private final Segments segments;

    SegmentController(Segments segments) {
        this.segments = segments;
    }

    @GetMapping
    List<SegmentSummary> list(WorkspaceId workspace) {
        return segments.list(workspace);
    }

    @GetMapping("/{id}")
    SegmentDetail detail(WorkspaceId workspace, @PathVariable String id) {
        return segments.detail(workspace, SegmentId.of(id));
    }

    @GetMapping("/{id}/members")
    MemberPage members(WorkspaceId workspace, @PathVariable String id, @RequestParam(required = false) String sort,
                       @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        return segments.members(workspace, SegmentId.of(id), sort, limit, cursor);
    }

    @GetMapping("/{id}/export.csv")
    void export(WorkspaceId workspace, @PathVariable String id, HttpServletResponse response) throws IOException {
        SegmentId segment = SegmentId.of(id);
        if (segments.find(workspace, segment).isEmpty()) {
            throw new NotFoundException("No segment " + segment + " in workspace " + workspace);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + segment.value().toLowerCase(java.util.Locale.ROOT) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        segments.exportMembers(workspace, segment, out);
        out.flush();
    }

    @PostMapping
    ResponseEntity<Segment> create(WorkspaceId workspace, @RequestBody SegmentDraft draft) {
        Segment created = segments.create(workspace, draft);
        return ResponseEntity.created(URI.create("/api/v1/segments/" + created.id().value())).body(created);
    }

    @PutMapping("/{id}")
    Segment update(WorkspaceId workspace, @PathVariable String id, @RequestBody SegmentDraft draft) {
        return segments.update(workspace, SegmentId.of(id), draft);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(WorkspaceId workspace, @PathVariable String id) {
        segments.delete(workspace, SegmentId.of(id));
        return ResponseEntity.noContent().build();
    }

    record PreviewRequest(String rule) {
    }

    @PostMapping("/preview")
    SegmentPreview preview(WorkspaceId workspace, @RequestBody PreviewRequest request) {
        return segments.preview(workspace, request.rule());
    }

    @GetMapping("/migration")
    SegmentMigration migration(WorkspaceId workspace, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        return segments.migration(workspace, date("from", from), date("to", to));
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "'" + name + "' is required: a snapshot date like 2025-01-31");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + name + "' must be a date like 2025-01-31, not '" + text + "'");
        }
    }
}
