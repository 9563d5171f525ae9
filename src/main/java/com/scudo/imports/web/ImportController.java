package com.scudo.imports.web;

import com.scudo.imports.CustomerExport;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportJob;
import com.scudo.imports.ImportOptions;
import com.scudo.imports.ImportService;
import com.scudo.imports.ImportUploads;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * File imports over HTTP: upload with a format, get the result (or, with {@code wait=false}, a 202
 * and follow {@code GET /api/v1/imports/{id}}), download the rejected rows as CSV. Also the customer export.
 */
@RestController
class ImportController {
    private final ImportService imports;
    private final ImportUploads uploads;
    private final CustomerExport export;

    ImportController(ImportService imports, ImportUploads uploads, CustomerExport export) {
        this.imports = imports;
        this.uploads = uploads;
        this.export = export;
    }

    @PostMapping("/api/v1/imports")
    ResponseEntity<ImportJob> upload(WorkspaceId workspace, @RequestParam("file") MultipartFile file,
                                     @RequestParam("format") String format,
                                     @RequestParam(value = "timeZone", required = false) String timeZone,
                                     @RequestParam(value = "columns", required = false) String columns,
                                     @RequestParam(value = "dateFormat", required = false) String dateFormat,
                                     @RequestParam(value = "wait", defaultValue = "true") boolean wait) throws IOException {
        ImportFormat parsedFormat = ImportFormat.parse(format);
        ImportOptions options = ImportOptions.parse(columns, dateFormat);
        ZoneId zone = zone(timeZone);
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "the uploaded file is empty");
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = uploads.start(workspace, parsedFormat, zone, options, file.getOriginalFilename(), content, wait);
            return wait ? ResponseEntity.ok(job) : ResponseEntity.status(HttpStatus.ACCEPTED).body(job);
        }
    }

    @GetMapping("/api/v1/imports/{id}")
    ImportJob progress(WorkspaceId workspace, @PathVariable String id) {
        return imports.find(workspace, id).orElseThrow(() -> new NotFoundException("import '" + id + "' does not exist"));
    }

    @GetMapping("/api/v1/imports/{id}/errors.csv")
    void errors(WorkspaceId workspace, @PathVariable String id, HttpServletResponse response) throws IOException {
        if (imports.find(workspace, id).isEmpty()) {
            throw new NotFoundException("import '" + id + "' does not exist");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        imports.writeErrors(workspace, id, response.getWriter());
    }

    @GetMapping("/api/v1/customers/export.csv")
    void exportCustomers(WorkspaceId workspace, @RequestParam(value = "filter", required = false) String filter,
                         HttpServletResponse response) throws IOException {
        export.validate(filter); // a bad filter gets its problem detail before any of the file is sent
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"customers-" + workspace.value() + ".csv\"");
        export.write(workspace, filter, response.getWriter());
    }

    private static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "time zone '" + text + "' is not a zone id such as Europe/Rome or UTC");
        }
    }
}
