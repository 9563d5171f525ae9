package com.scudo.dashboard.web;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportJob;
import com.scudo.imports.ImportService;
import com.scudo.imports.ImportUploads;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing a file from the dashboard: pick the file, its format and time zone; follow the progress (the page
 * asks for it every second while the import runs); then the counts, the rejected rows as a download, and a
 * button that starts the analysis so the new orders show up in the scores.
 */
@Controller
class ImportPage {
    private final ImportUploads uploads;
    private final ImportService imports;
    private final AnalyticsRuns analytics;
    private final Clock clock;

    ImportPage(ImportUploads uploads, ImportService imports, AnalyticsRuns analytics, Clock clock) {
        this.uploads = uploads;
        this.imports = imports;
        this.analytics = analytics;
        this.clock = clock;
    }

    /** The values typed into the form, kept when the upload is refused. */
    record Form(String format, String timeZone, String columns, String dateFormat) {
        Form(String format, String timeZone) {
            this(format, timeZone, "", "");
        }
    }

    @GetMapping("/import")
    String form(Model model) {
        return page(new Form(ImportFormat.SHOPIFY.label(), "UTC"), model);
    }

    @PostMapping("/import")
    String upload(WorkspaceId workspace, @RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "UTC") String timeZone,
                  @RequestParam(defaultValue = "") String columns, @RequestParam(defaultValue = "") String dateFormat,
                  Model model, HttpServletResponse response) throws IOException {
        Form form = new Form(format, timeZone, columns, dateFormat);
        try {
            ImportFormat parsed = ImportFormat.parse(format);
            ZoneId zone = zone(timeZone);
            com.scudo.imports.ImportOptions options = com.scudo.imports.ImportOptions.parse(columns, dateFormat);
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Please choose a file to import; the one sent was empty.");
            }
            ImportJob job;
            try (InputStream content = file.getInputStream()) {
                job = uploads.start(workspace, parsed, zone, options, file.getOriginalFilename(), content, false);
            }
            return "redirect:" + UriComponentsBuilder.fromPath("/import/{id}").queryParam("workspace", workspace.value())
                    .buildAndExpand(job.id()).toUriString();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("formError", e.getMessage());
            return page(form, model);
        }
    }

    @GetMapping("/import/{id}")
    String job(WorkspaceId workspace, @PathVariable String id, @RequestParam(required = false) String analysis,
               Model model) {
        model.addAttribute("page", "import");
        model.addAttribute("job", view(workspace, id));
        if (analysis != null) {
            model.addAttribute("analysis", analytics.status(workspace, analysis).orElse(null));
        }
        return "dashboard/import-job";
    }

    /** The progress panel alone, for htmx to swap in every second until the import has finished. */
    @GetMapping("/import/{id}/progress")
    String progress(WorkspaceId workspace, @PathVariable String id, Model model) {
        model.addAttribute("job", view(workspace, id));
        return "dashboard/import-job :: progress";
    }

    /** Scores the shop again as of today, so the imported orders count. */
    @PostMapping("/import/{id}/analyse")
    String analyse(WorkspaceId workspace, @PathVariable String id, Model model) {
        view(workspace, id); // an unknown import is a 404, not a silent run
        String runId;
        try {
            runId = analytics.start(workspace, analytics.asOf(workspace, null)).runId();
        } catch (RunAlreadyActiveException e) {
            runId = e.runId(); // the run already going will count the imported orders too
        }
        UriComponentsBuilder to = UriComponentsBuilder.fromPath("/import/{id}").queryParam("workspace", workspace.value());
        return "redirect:" + to.queryParam("analysis", runId).fragment("analysis").buildAndExpand(id).toUriString();
    }

    private ImportProgress view(WorkspaceId workspace, String id) {
        ImportJob job = imports.find(workspace, id)
                .orElseThrow(() -> new NotFoundException("There is no import '" + id + "' in this shop"));
        return ImportProgress.of(job, clock.instant());
    }

    private String page(Form form, Model model) {
        model.addAttribute("page", "import");
        model.addAttribute("form", form);
        model.addAttribute("formats", ImportFormatChoice.ALL);
        model.addAttribute("zones", zones());
        return "dashboard/import";
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "'" + text + "' is not a time zone we know, such as "
                    + "Europe/London or America/New_York.");
        }
    }

    /** UTC first, then the named zones (Europe/London, America/New_York, ...), sorted. */
    private static List<String> zones() {
        List<String> zones = new ArrayList<>();
        zones.add("UTC");
        ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
                .sorted().forEach(zones::add);
        return zones;
    }
}
