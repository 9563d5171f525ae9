package com.scudo.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password from the terminal without echo (asked twice), or as the first line of standard input
 * when it is piped. Never from an argument, so it stays out of shell history and process lists.
 */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    static char[] read(String who) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", who);
            char[] again = console.readPassword("Same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new IOException("The two passwords are not the same.");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new IOException("No password: type it at the prompt, or pipe it as the first line of standard input.");
        }
        return line.toCharArray();
    }
}
