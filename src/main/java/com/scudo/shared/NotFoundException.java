package com.scudo.shared;

/** Something the caller named does not exist (in their workspace). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
