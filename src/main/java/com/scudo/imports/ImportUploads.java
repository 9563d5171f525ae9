package com.scudo.imports;

import com.scudo.imports.internal.ImportSettings;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A file sent over HTTP (the REST upload or the dashboard's import page): kept in the upload folder with its
 * error file beside it, then imported now or in the background.
 */
@Component
public class ImportUploads {
    private final ImportService imports;
    private final ImportSettings settings;

    ImportUploads(ImportService imports, ImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    /**
     * Stores {@code content} and imports it: to the end when {@code wait}, otherwise in the background (follow it
     * with {@link ImportService#find}). An empty file is refused before anything is stored.
     */
    public ImportJob start(WorkspaceId workspace, ImportFormat format, ZoneId timeZone, String fileName,
                           InputStream content, boolean wait) throws IOException {
        return start(workspace, format, timeZone, ImportOptions.NONE, fileName, content, wait);
    }

    /** As above, with the file's own column names and date pattern ({@link ImportOptions}). */
    public ImportJob start(WorkspaceId workspace, ImportFormat format, ZoneId timeZone, ImportOptions options,
                           String fileName, InputStream content, boolean wait) throws IOException {
        Path dir = Path.of(settings.uploadDir()).toAbsolutePath();
        Files.createDirectories(dir);
        String id = UUID.randomUUID().toString();
        Path stored = dir.resolve(id + ".upload");
        Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
        if (Files.size(stored) == 0) {
            Files.delete(stored);
            throw new InvalidInputException("file", "the uploaded file is empty");
        }
        String source = fileName == null || fileName.isBlank() ? "upload" : fileName;
        ImportRequest request = new ImportRequest(workspace, format, stored, source, timeZone, dir.resolve(id + ".errors.csv"),
                options);
        return wait ? imports.importFile(request, done -> { }) : imports.submit(request);
    }
}
