package com.scudo.imports;

/** A rejected row: its line in the file (the header is line 1), why, and the row as it was read. */
public record RowError(long line, String reason, String content) {
}
