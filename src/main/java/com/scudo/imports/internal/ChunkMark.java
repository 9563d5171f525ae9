package com.scudo.imports.internal;

/**
 * A chunk as the journal knows it: its lines, its rows, and how many records it wrote to the
 * analytical store (none: nothing for the operational copy to do).
 */
public record ChunkMark(int number, long firstLine, long lastLine, long rows, long writes) {
}
