package com.scudo.shared;

/** The request clashes with what already exists (a workspace or user id taken): a 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
