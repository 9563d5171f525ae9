package com.scudo.recommendation;

/** The recommendation exists but cannot move to the requested status (e.g. done → dismissed). */
public class StatusChangeRejected extends RuntimeException {
    public StatusChangeRejected(String message) {
        super(message);
    }
}
