package com.scudo.imports;

import com.scudo.shared.WorkspaceId;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One file to import. {@code timeZone} is the zone of dates and times written without an offset;
 * {@code errorsFile} is where rejected rows go (null: next to the input, as NAME.errors.csv); {@code options} map
 * the file's columns and date pattern where they are not the format's own.
 */
public record ImportRequest(WorkspaceId workspace, ImportFormat format, Path file, String sourceName,
                            ZoneId timeZone, Path errorsFile, ImportOptions options) {
    public ImportRequest {
        options = options == null ? ImportOptions.NONE : options;
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        sourceName = sourceName == null ? file.getFileName().toString() : sourceName;
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        if (errorsFile == null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            errorsFile = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".errors.csv");
        }
    }

    public ImportRequest(WorkspaceId workspace, ImportFormat format, Path file, String sourceName, ZoneId timeZone,
                         Path errorsFile) {
        this(workspace, format, file, sourceName, timeZone, errorsFile, ImportOptions.NONE);
    }

    public ImportRequest(WorkspaceId workspace, ImportFormat format, Path file) {
        this(workspace, format, file, null, null, null, ImportOptions.NONE);
    }
}
