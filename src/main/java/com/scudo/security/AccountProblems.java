package com.scudo.security;

/** Words shared by the account endpoints and the command line. */
public final class AccountProblems {
    /**
     * A taken name gets these words whoever holds it: sign-in names are one namespace for the whole installation,
     * and the answer must not tell an admin of one workspace who belongs to another.
     */
    public static final String NAME_NOT_AVAILABLE = "That user name is not available. Choose another.";

    private AccountProblems() {
    }
}
