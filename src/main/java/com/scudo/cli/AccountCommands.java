package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code workspaces list|create}, {@code users create} and {@code api-keys create}: through the running server
 * with an admin API key, or on the stores opened here when no server runs. The first key can also be made while
 * the server runs, on its machine: the command line then shows the local admin token from the data directory.
 */
final class AccountCommands {
    private AccountCommands() {
    }

    @Command(name = "workspaces", description = "Workspaces (one per shop).", subcommands = {ListWorkspaces.class, CreateWorkspace.class,
            ReportingCurrency.class})
    static class WorkspacesCommand {
    }

    @Command(name = "list", description = "The registered workspaces (through a server: the ones the key may use).")
    static class ListWorkspaces extends AnswerCommand {
        @Override
        JsonNode ask(Gateway gateway) {
            return gateway.workspaces();
        }

        @Override
        void print(JsonNode result, Gateway gateway, PrintWriter out) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode w : result) {
                rows.add(List.of(w.path("id").asString(), w.path("name").asString(), w.path("createdAt").asString(""),
                        w.path("createdBy").asString("")));
            }
            out.print(Text.table(List.of("ID", "NAME", "CREATED", "BY"), rows));
        }
    }

    @Command(name = "create", description = "Register a new workspace.")
    static class CreateWorkspace extends GatewayCommand {
        @Parameters(paramLabel = "ID", description = "1-40 lower-case letters, digits or '-'.")
        String id;

        @Option(names = "--name", description = "The name people see (default: the id).")
        String name;

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) {
            JsonNode result = gateway.createWorkspace(id, name);
            out.println("Workspace " + result.path("id").asString() + " (" + result.path("name").asString() + ") created.");
            String key = result.path("apiKey").path("key").asString("");
            if (!key.isEmpty()) {
                // an API key belongs to one workspace: the server issued one for the new workspace to go on with
                err.println("Its admin key " + result.path("apiKey").path("id").asString() + " is shown only now: "
                        + "store it, and use it (as SCUDO_API_KEY) for workspace " + result.path("id").asString() + ".");
                out.println(key);
            }
            return 0;
        }
    }

    @Command(name = "currency", description = "Show the workspace's reporting currency, or set it (ISO 4217, e.g. EUR):"
            + " every figure is in it, and orders in other currencies are converted with the rates loaded. It can change"
            + " only while the workspace holds no orders, so set it before the first import.")
    static class ReportingCurrency extends GatewayCommand {
        @Parameters(paramLabel = "CODE", arity = "0..1", description = "The new reporting currency; without it, the current one.")
        String code;

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) {
            JsonNode result = gateway.reportingCurrency(code);
            out.println(result.path("currency").asString());
            return 0;
        }
    }

    @Command(name = "users", description = "People who sign in to the dashboard.", subcommands = CreateUser.class)
    static class UsersCommand {
    }

    @Command(name = "create", description = "Create a user; the password is read from the terminal (or the first line of standard input).")
    static class CreateUser extends GatewayCommand {
        @Parameters(paramLabel = "NAME", description = "User name: letters, digits or . _ @ -")
        String username;

        @Option(names = "--role", required = true, description = "admin, analyst or viewer.")
        String role;

        @Option(names = "--member-of", description = "A workspace the user belongs to (repeat for several; default: the workspace).")
        List<String> memberOf = new ArrayList<>();

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) throws Exception {
            List<String> workspaces = memberOf.isEmpty() ? List.of(gateway.workspace()) : memberOf;
            char[] password = PasswordPrompt.read(username);
            try {
                JsonNode result = gateway.createUser(username, role, password, workspaces);
                out.println("User " + result.path("username").asString() + " (" + result.path("role").asString()
                        + ") created for " + result.path("workspaces") + ". They can sign in now.");
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "api-keys", description = "API keys for the REST API and ingest.", subcommands = CreateKey.class)
    static class ApiKeysCommand {
    }

    @Command(name = "create", description = "Create an API key for the workspace and print it alone on standard output (shown once).")
    static class CreateKey extends GatewayCommand {
        @Option(names = "--scope", required = true, description = "read (GET only), write (read + writes) or admin (write + keys and users).")
        String scope;

        @Option(names = "--name", description = "What the key is for, e.g. 'shop webhook'.")
        String name;

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) {
            JsonNode result = gateway.createApiKey(scope, name);
            err.println("Created " + result.path("scope").asString() + " key " + result.path("id").asString()
                    + " for workspace " + result.path("workspace").asString()
                    + ". It is shown only now: store it (e.g. as SCUDO_API_KEY).");
            err.flush();
            out.println(result.path("key").asString());
            return 0;
        }
    }
}
