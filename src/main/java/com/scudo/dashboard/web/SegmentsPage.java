package com.scudo.dashboard.web;

import com.scudo.segment.Segment;
import com.scudo.segment.SegmentDetail;
import com.scudo.segment.SegmentDraft;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentMigration;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.segment.filter.FilterException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Segment cards with their trend, the migration matrix between two dates, and creating or editing a segment. */
@Controller
class SegmentsPage {
    private final Segments segments;
    private final Formats formats;

    SegmentsPage(Segments segments, Formats formats) {
        this.formats = formats;
        this.segments = segments;
    }

    /** One segment card: figures, a sparkline of its size and whether it grew since the first snapshot. */
    record Card(SegmentSummary summary, String sparkline, String direction, long change) {
    }

    /** The form's fields as typed, kept when saving fails. */
    record Form(String id, String name, String description, String rule) {
    }

    @GetMapping("/segments")
    String list(WorkspaceId workspace, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String created,
                Model model) {
        model.addAttribute("created", created);
        return page(workspace, from, to, new Form(null, "", "", ""), model);
    }

    @PostMapping("/segments")
    String create(WorkspaceId workspace, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String rule,
                  Model model, HttpServletResponse response) {
        try {
            Segment segment = segments.create(workspace, new SegmentDraft(null, name.trim(),
                    description.isBlank() ? null : description.trim(), rule.trim(), null));
            return redirectTo(workspace, segment.id());
        } catch (FilterException | InvalidInputException | InvalidValueException e) {
            response.setStatus(400);
            model.addAttribute("formError", message(e));
            return page(workspace, null, null, new Form(null, name, description, rule), model);
        }
    }

    @GetMapping("/segments/{id}/edit")
    String edit(WorkspaceId workspace, @PathVariable String id, Model model) {
        SegmentDetail detail = segments.detail(workspace, SegmentId.of(id));
        Segment s = detail.segment();
        model.addAttribute("page", "segments");
        model.addAttribute("form", new Form(s.id().value(), s.name(), s.description(), s.rule()));
        model.addAttribute("builtIn", s.builtIn());
        return "dashboard/segment-edit";
    }

    @PostMapping("/segments/{id}")
    String update(WorkspaceId workspace, @PathVariable String id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String rule,
                  Model model, HttpServletResponse response) {
        try {
            Segment segment = segments.update(workspace, SegmentId.of(id), new SegmentDraft(null, name.trim(),
                    description.trim(), rule.trim(), null));
            return redirectTo(workspace, segment.id());
        } catch (FilterException | InvalidInputException | InvalidValueException e) {
            response.setStatus(400);
            model.addAttribute("page", "segments");
            model.addAttribute("form", new Form(id, name, description, rule));
            model.addAttribute("formError", message(e));
            return "dashboard/segment-edit";
        }
    }

    /** What a rule would select, while the merchant types it. */
    @PostMapping("/segments/preview")
    String preview(WorkspaceId workspace, @RequestParam(defaultValue = "") String rule, Model model) {
        if (!rule.isBlank()) {
            try {
                model.addAttribute("preview", segments.preview(workspace, rule.trim()));
            } catch (FilterException | InvalidInputException | InvalidValueException e) {
                model.addAttribute("previewError", message(e));
            }
        }
        return "dashboard/segments :: preview";
    }

    private String page(WorkspaceId workspace, String from, String to, Form form, Model model) {
        List<SegmentSummary> all = segments.list(workspace);
        List<Card> cards = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SegmentSummary summary : all) {
            names.put(summary.segment().id().value(), summary.segment().name());
            cards.add(card(workspace, summary));
        }
        names.put(SegmentMigration.NONE, "No segment");
        model.addAttribute("page", "segments");
        model.addAttribute("cards", cards);
        model.addAttribute("names", names);
        model.addAttribute("form", form);
        List<LocalDate> dates = segments.snapshotDates(workspace);
        model.addAttribute("dates", dates);
        if (dates.size() >= 2) {
            LocalDate a = parse(from, dates.get(0));
            LocalDate b = parse(to, dates.get(dates.size() - 1));
            model.addAttribute("from", a);
            model.addAttribute("to", b);
            if (a.isBefore(b)) {
                model.addAttribute("matrix", MigrationTable.of(segments.migration(workspace, a, b), names, formats.figures()));
            } else {
                model.addAttribute("migrationError", "Pick a first date that is before the second one.");
            }
        }
        return "dashboard/segments";
    }

    private Card card(WorkspaceId workspace, SegmentSummary summary) {
        List<SegmentDetail.TrendPoint> trend = segments.detail(workspace, summary.segment().id()).trend();
        if (trend.size() < 2) {
            return new Card(summary, null, "flat", 0);
        }
        long change = trend.get(trend.size() - 1).customers() - trend.get(0).customers();
        String spark = Charts.json(Charts.sparkline(trend.stream().map(p -> p.date().toString()).toList(),
                trend.stream().map(SegmentDetail.TrendPoint::customers).toList()));
        return new Card(summary, spark, change > 0 ? "up" : change < 0 ? "down" : "flat", change);
    }

    private static String redirectTo(WorkspaceId workspace, SegmentId id) {
        return "redirect:" + UriComponentsBuilder.fromPath("/segments").queryParam("workspace", workspace.value())
                .queryParam("created", id.value()).fragment("segment-" + id.value()).toUriString();
    }

    private static String message(RuntimeException e) {
        if (e instanceof FilterException) {
            FilterException f = (FilterException) e;
            return "The rule has a problem: " + f.problem()
                    + (f.column() > 0 ? " (at character " + f.column() + ")" : "")
                    + (f.hint() != null ? ". " + f.hint() : "");
        }
        return e.getMessage();
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }
}
