package com.scudo.cli;

import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.IssuedApiKey;
import com.scudo.security.Role;
import com.scudo.security.UserAccount;
import com.scudo.security.UserAccounts;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspace;
import com.scudo.workspace.Workspaces;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code workspaces list|create}, {@code users create} and {@code api-keys create}: through the running server
 * with an admin API key, or on the stores opened here when no server runs (how the first key or user is made
 * without the setup page).
 */
final class AccountCommands {
    private AccountCommands() {
    }

    /** What a command does either way; {@code remote} returns the server's answer, {@code local} the same as JSON. */
    abstract static class Either implements Callable<Integer> {
        @Mixin
        ReadOptions options = new ReadOptions();

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        abstract JsonNode remote(ServerConnection server) throws Exception;

        abstract JsonNode local(ApplicationContext context) throws Exception;

        abstract void print(JsonNode result);

        /** The workspace header to send; null when the command is not about one workspace. */
        String workspaceHeader() {
            return null;
        }

        @Override
        public Integer call() throws Exception {
            try {
                ServerConnection server = new ServerConnection(options.server, workspaceHeader(), options.apiKey);
                JsonNode result;
                if (server.isUp()) {
                    result = remote(server);
                } else {
                    ViewsClient.LocalContext stores = ViewsClient.localStores.apply(springArguments);
                    try {
                        result = ViewsClient.JSON.valueToTree(local(stores.context()));
                    } finally {
                        stores.closer().close();
                    }
                }
                if (options.json) {
                    options.printJson(System.out, result);
                } else {
                    print(result);
                }
                return 0;
            } catch (ViewsClient.Failure | java.io.IOException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                System.err.println(e.getMessage() == null ? e.toString() : e.getMessage());
                return 1;
            }
        }

        static JsonNode answer(HttpResponse<String> response) {
            JsonNode body = response.body() == null || response.body().isBlank()
                    ? ViewsClient.JSON.createObjectNode() : ViewsClient.JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new ViewsClient.Failure(body.path("detail").asString("The server answered " + response.statusCode()));
            }
            return body;
        }

        static ObjectNode object() {
            return ViewsClient.JSON.createObjectNode();
        }
    }

    @Command(name = "workspaces", description = "Workspaces (one per shop).", subcommands = {ListWorkspaces.class, CreateWorkspace.class})
    static class WorkspacesCommand {
    }

    @Command(name = "list", description = "The registered workspaces (through a server: the ones the key may use).")
    static class ListWorkspaces extends Either {
        @Override
        JsonNode remote(ServerConnection server) throws Exception {
            return answer(server.get("/api/v1/workspaces"));
        }

        @Override
        JsonNode local(ApplicationContext context) {
            List<ObjectNode> rows = new ArrayList<>();
            for (Workspace w : context.getBean(Workspaces.class).list()) {
                rows.add(view(w));
            }
            return ViewsClient.JSON.valueToTree(rows);
        }

        @Override
        void print(JsonNode result) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode w : result) {
                rows.add(List.of(w.path("id").asString(), w.path("name").asString(), w.path("createdAt").asString(""),
                        w.path("createdBy").asString("")));
            }
            System.out.print(Text.table(List.of("ID", "NAME", "CREATED", "BY"), rows));
        }
    }

    @Command(name = "create", description = "Register a new workspace.")
    static class CreateWorkspace extends Either {
        @Parameters(paramLabel = "ID", description = "1-40 lower-case letters, digits or '-'.")
        String id;

        @Option(names = "--name", description = "The name people see (default: the id).")
        String name;

        @Override
        JsonNode remote(ServerConnection server) throws Exception {
            ObjectNode body = object().put("id", id);
            if (name != null) {
                body.put("name", name);
            }
            return answer(server.post("/api/v1/workspaces", body.toString()));
        }

        @Override
        JsonNode local(ApplicationContext context) {
            return view(context.getBean(Workspaces.class).create(WorkspaceId.of(id.trim()), name, "command line"));
        }

        @Override
        void print(JsonNode result) {
            System.out.println("Workspace " + result.path("id").asString() + " (" + result.path("name").asString() + ") created.");
        }
    }

    @Command(name = "users", description = "People who sign in to the dashboard.", subcommands = CreateUser.class)
    static class UsersCommand {
    }

    @Command(name = "create", description = "Create a user; the password is read from the terminal (or the first line of standard input).")
    static class CreateUser extends Either {
        @Parameters(paramLabel = "NAME", description = "User name: letters, digits or . _ @ -")
        String username;

        @Option(names = "--role", required = true, description = "admin, analyst or viewer.")
        String role;

        @Option(names = "--member-of", description = "A workspace the user belongs to (repeat for several; default: --workspace).")
        List<String> memberOf = new ArrayList<>();

        @Override
        String workspaceHeader() {
            return options.workspace;
        }

        private List<String> workspaces() {
            return memberOf.isEmpty() ? List.of(options.workspace) : memberOf;
        }

        @Override
        JsonNode remote(ServerConnection server) throws Exception {
            char[] password = PasswordPrompt.read(username);
            try {
                ObjectNode body = object().put("username", username).put("role", role).put("password", new String(password));
                body.putPOJO("workspaces", workspaces());
                return answer(server.post("/api/v1/users", body.toString()));
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        JsonNode local(ApplicationContext context) throws Exception {
            Role parsed = Role.parse(role);
            char[] password = PasswordPrompt.read(username);
            UserAccount user = context.getBean(UserAccounts.class).create(username, password, parsed,
                    workspaces().stream().map(w -> WorkspaceId.of(w.trim())).toList());
            ObjectNode view = object().put("username", user.username()).put("role", user.role().label());
            view.putPOJO("workspaces", user.workspaces().stream().map(WorkspaceId::value).toList());
            return view;
        }

        @Override
        void print(JsonNode result) {
            System.out.println("User " + result.path("username").asString() + " (" + result.path("role").asString()
                    + ") created for " + result.path("workspaces") + ". They can sign in now.");
        }
    }

    @Command(name = "api-keys", description = "API keys for the REST API and ingest.", subcommands = CreateKey.class)
    static class ApiKeysCommand {
    }

    @Command(name = "create", description = "Create an API key for --workspace and print it (shown once).")
    static class CreateKey extends Either {
        @Option(names = "--scope", required = true, description = "read (GET only), write (read + writes) or admin (write + keys and users).")
        String scope;

        @Option(names = "--name", description = "What the key is for, e.g. 'shop webhook'.")
        String name;

        @Override
        String workspaceHeader() {
            return options.workspace;
        }

        @Override
        JsonNode remote(ServerConnection server) throws Exception {
            ObjectNode body = object().put("scope", scope);
            if (name != null) {
                body.put("name", name);
            }
            return answer(server.post("/api/v1/api-keys", body.toString()));
        }

        @Override
        JsonNode local(ApplicationContext context) {
            IssuedApiKey issued = context.getBean(ApiKeys.class).create(WorkspaceId.of(options.workspace),
                    ApiKeyScope.parse(scope), name, "command line");
            return object().put("id", issued.key().id()).put("workspace", issued.key().workspace().value())
                    .put("name", issued.key().name()).put("scope", issued.key().scope().label()).put("key", issued.secret());
        }

        /** The key alone on standard output (for scripts); the explanation on standard error. */
        @Override
        void print(JsonNode result) {
            System.err.println("Created " + result.path("scope").asString() + " key " + result.path("id").asString()
                    + " for workspace " + result.path("workspace").asString()
                    + ". It is shown only now: store it (e.g. as SCUDO_API_KEY).");
            System.out.println(result.path("key").asString());
        }
    }

    private static ObjectNode view(Workspace w) {
        return Either.object().put("id", w.id().value()).put("name", w.displayName())
                .put("createdAt", w.createdAt().toString()).put("createdBy", w.createdBy());
    }
}
