package com.scudo.cli;

import picocli.CommandLine.Option;

/**
 * What every command that reads or writes the shop shares: which server to ask, with which key, in which
 * workspace.
 */
class ServerOptions {
    static final String DEFAULT_SERVER = "http://localhost:8080";

    @Option(names = "--server", description = "The Scudo server to ask (default: $SCUDO_SERVER, else " + DEFAULT_SERVER
            + " when it is the server on this data directory); without one the stores are opened here.")
    String server;

    @Option(names = "--api-key", description = "API key for the server (default: the SCUDO_API_KEY environment "
            + "variable, which keeps the key out of shell history).")
    String apiKey;

    @Option(names = "--workspace", description = "Workspace (default: the API key's workspace; on the stores opened "
            + "here, the configured default workspace, demo).")
    String workspace;

    /** The server named by the option or the environment; null when neither names one. */
    String namedServer() {
        if (server != null && !server.isBlank()) {
            return server.trim();
        }
        String fromEnvironment = System.getenv("SCUDO_SERVER");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.trim();
    }

    String apiKey() {
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.trim();
        }
        String fromEnvironment = System.getenv(ServerConnection.KEY_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.trim();
    }
}
