package com.scudo.imports.internal;

/** A row that cannot be imported, with the reason in words. */
public class RowProblem extends RuntimeException {
    public RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
