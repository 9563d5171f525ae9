package com.scudo.cli;

import com.scudo.audit.AuditFilters;
import com.scudo.audit.AuditTrail;
import com.scudo.privacy.CustomerPrivacy;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Privacy requests and the audit log from the command line: through the running server when it is up, else on
 * the stores opened here (where the actor is {@code cli:<os user>}). Errors become {@link ViewsClient.Failure}.
 */
abstract class PrivacyClient implements AutoCloseable {

    abstract JsonNode exportData(String customerId);

    /** The erasure result; {@code status} is erased or pending. */
    abstract JsonNode erase(String customerId);

    abstract JsonNode audit(String since, String action, int limit, String cursor);

    static PrivacyClient open(String server, String workspace, String apiKey, List<String> springArguments) {
        WorkspaceId target = WorkspaceId.of(workspace);
        ServerConnection connection = new ServerConnection(server, target.value(), apiKey);
        if (connection.isUp()) {
            return new Remote(connection);
        }
        return new Local(ViewsClient.localStores.apply(springArguments), target);
    }

    @Override
    public void close() throws Exception {
    }

    private static final class Remote extends PrivacyClient {
        private final ServerConnection server;

        Remote(ServerConnection server) {
            this.server = server;
        }

        @Override
        JsonNode exportData(String customerId) {
            return answer(() -> server.get("/api/v1/customers/" + encode(customerId) + "/privacy/export"));
        }

        @Override
        JsonNode erase(String customerId) {
            return answer(() -> server.delete("/api/v1/customers/" + encode(customerId) + "/privacy"));
        }

        @Override
        JsonNode audit(String since, String action, int limit, String cursor) {
            StringBuilder path = new StringBuilder("/api/v1/audit?limit=").append(limit);
            if (since != null) {
                path.append("&since=").append(encode(since));
            }
            if (action != null) {
                path.append("&action=").append(encode(action));
            }
            if (cursor != null) {
                path.append("&cursor=").append(encode(cursor));
            }
            return answer(() -> server.get(path.toString()));
        }

        private interface Call {
            HttpResponse<String> send() throws IOException, InterruptedException;
        }

        private JsonNode answer(Call call) {
            try {
                HttpResponse<String> response = call.send();
                JsonNode body = ViewsClient.JSON.readTree(response.body());
                if (response.statusCode() >= 400) {
                    throw new ViewsClient.Failure(body.path("detail").asString("The server answered " + response.statusCode()));
                }
                return body;
            } catch (IOException e) {
                throw new ViewsClient.Failure("The server at " + server.base() + " did not answer: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewsClient.Failure("Interrupted");
            }
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private static final class Local extends PrivacyClient {
        private final ViewsClient.LocalContext stores;
        private final WorkspaceId workspace;

        Local(ViewsClient.LocalContext stores, WorkspaceId workspace) {
            this.stores = stores;
            this.workspace = workspace;
        }

        @Override
        JsonNode exportData(String customerId) {
            return call(() -> privacy().export(workspace, CustomerId.of(customerId)));
        }

        @Override
        JsonNode erase(String customerId) {
            return call(() -> privacy().erase(workspace, CustomerId.of(customerId)));
        }

        @Override
        JsonNode audit(String since, String action, int limit, String cursor) {
            return call(() -> stores.context().getBean(AuditTrail.class).list(workspace, AuditFilters.since(since), AuditFilters.action(action),
                    limit, cursor));
        }

        private CustomerPrivacy privacy() {
            return stores.context().getBean(CustomerPrivacy.class);
        }

        private static JsonNode call(Supplier<Object> work) {
            try {
                return ViewsClient.JSON.valueToTree(work.get());
            } catch (RuntimeException e) {
                throw new ViewsClient.Failure(e.getMessage());
            }
        }

        @Override
        public void close() throws Exception {
            stores.closer().close();
        }
    }
}
