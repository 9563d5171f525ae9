package com.scudo.imports.internal;

import java.io.Closeable;
import java.io.IOException;

/** Reads a file front to back, one {@link Parsed} at a time; null at the end. */
public interface RecordReader extends Closeable {
    Parsed next() throws IOException;
}
