package com.scudo.shared;

/** The caller is known but may not do this (a workspace it does not belong to, a role too small): a 403. */
public class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
