package com.scudo.cli;

import com.scudo.customer360.Customer360Views;
import com.scudo.segment.SegmentId;
import com.scudo.segment.Segments;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the read commands get their answers: the running server's REST API when it is up, else the same
 * services on the stores opened in this process. Both give the same JSON, so one printer serves both.
 * A failed request becomes a {@link Failure} carrying the problem's words.
 */
abstract class ViewsClient implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the stores are opened here when no server runs; tests point it at their own application. */
    static Function<List<String>, LocalContext> localStores = args -> {
        var context = LocalStores.open(args);
        return new LocalContext(context, context::close);
    };

    record LocalContext(ApplicationContext context, AutoCloseable closer) {
    }

    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    abstract JsonNode lookup(String text);

    abstract JsonNode view(String customerId);

    abstract JsonNode customers(String filter, String sort, int limit, String cursor);

    abstract JsonNode segments();

    abstract JsonNode segment(String id);

    /** Says on stderr which way it went, so a script's stdout stays clean. */
    static ViewsClient open(String server, String workspace, String apiKey, List<String> springArguments) {
        WorkspaceId target = WorkspaceId.of(workspace);
        ServerConnection connection = new ServerConnection(server, target.value(), apiKey);
        if (connection.isUp()) {
            return new Remote(connection);
        }
        return new Local(localStores.apply(springArguments), target);
    }

    @Override
    public void close() throws Exception {
    }

    private static final class Remote extends ViewsClient {
        private final ServerConnection server;

        Remote(ServerConnection server) {
            this.server = server;
        }

        @Override
        JsonNode lookup(String text) {
            return get("/api/v1/customers/lookup?q=" + encode(text));
        }

        @Override
        JsonNode view(String customerId) {
            return get("/api/v1/customers/" + encode(customerId) + "/360");
        }

        @Override
        JsonNode customers(String filter, String sort, int limit, String cursor) {
            StringBuilder path = new StringBuilder("/api/v1/customers?limit=").append(limit);
            if (filter != null) {
                path.append("&filter=").append(encode(filter));
            }
            if (sort != null) {
                path.append("&sort=").append(encode(sort));
            }
            if (cursor != null) {
                path.append("&cursor=").append(encode(cursor));
            }
            return get(path.toString());
        }

        @Override
        JsonNode segments() {
            return get("/api/v1/segments");
        }

        @Override
        JsonNode segment(String id) {
            return get("/api/v1/segments/" + encode(id));
        }

        private JsonNode get(String path) {
            try {
                HttpResponse<String> response = server.get(path);
                JsonNode body = JSON.readTree(response.body());
                if (response.statusCode() >= 400) {
                    throw new Failure(body.path("detail").asString("The server answered " + response.statusCode()));
                }
                return body;
            } catch (IOException e) {
                throw new Failure("The server at " + server.base() + " did not answer: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("Interrupted");
            }
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private static final class Local extends ViewsClient {
        private final LocalContext stores;
        private final WorkspaceId workspace;
        private final Customer360Views views;
        private final Segments segments;

        Local(LocalContext stores, WorkspaceId workspace) {
            this.stores = stores;
            this.workspace = workspace;
            this.views = stores.context().getBean(Customer360Views.class);
            this.segments = stores.context().getBean(Segments.class);
        }

        @Override
        JsonNode lookup(String text) {
            return call(() -> views.lookup(workspace, text));
        }

        @Override
        JsonNode view(String customerId) {
            return call(() -> views.view(workspace, CustomerId.of(customerId)));
        }

        @Override
        JsonNode customers(String filter, String sort, int limit, String cursor) {
            return call(() -> views.list(workspace, filter, sort, limit, cursor));
        }

        @Override
        JsonNode segments() {
            return call(() -> segments.list(workspace));
        }

        @Override
        JsonNode segment(String id) {
            return call(() -> segments.detail(workspace, SegmentId.of(id)));
        }

        /** The services' own errors already speak to the user (not found, invalid input, filter position). */
        private static JsonNode call(Supplier<Object> read) {
            try {
                return JSON.valueToTree(read.get());
            } catch (RuntimeException e) {
                throw new Failure(e.getMessage());
            }
        }

        @Override
        public void close() throws Exception {
            stores.closer().close();
        }
    }
}
