package com.scudo.cli;

import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/** The gateway to a running Scudo server that has proved it is this installation's (see {@link Gateways}). */
final class HttpGateway implements Gateway {
    private final ServerConnection server;
    private final String namedWorkspace;
    private final boolean hasKey;
    private String workspace;

    HttpGateway(ServerConnection server, String namedWorkspace, boolean hasKey) {
        this.server = server;
        this.namedWorkspace = namedWorkspace;
        this.hasKey = hasKey;
        this.workspace = namedWorkspace;
    }

    @Override
    public String workspace() {
        if (workspace == null) {
            JsonNode usable = get("/api/v1/workspaces");
            workspace = usable.isArray() && usable.size() == 1 ? usable.get(0).path("id").asString() : "(the key's)";
        }
        return workspace;
    }

    @Override
    public String where() {
        return "the server at " + server.base();
    }

    @Override
    public JsonNode lookup(String text) {
        return get("/api/v1/customers/lookup?q=" + encode(text));
    }

    @Override
    public JsonNode view(String customerId) {
        return get("/api/v1/customers/" + encode(customerId) + "/360");
    }

    @Override
    public JsonNode customers(String filter, String sort, int limit, String cursor) {
        return get("/api/v1/customers?limit=" + limit + query("filter", filter) + query("sort", sort) + query("cursor", cursor));
    }

    @Override
    public Figures figures() {
        JsonNode currency = get("/api/v1/settings/reporting-currency");
        JsonNode locale = get("/api/v1/settings/locale");
        return new Figures(currency.path("currency").asString("USD"),
                Locale.forLanguageTag(locale.path("locale").asString("en-US")),
                ZoneId.of(locale.path("timeZone").asString("UTC")));
    }

    @Override
    public JsonNode segments() {
        return get("/api/v1/segments");
    }

    @Override
    public JsonNode segment(String id) {
        return get("/api/v1/segments/" + encode(id));
    }

    @Override
    public JsonNode models() {
        return get("/api/v1/analytics/models");
    }

    @Override
    public JsonNode ask(String question) {
        return post("/api/v1/assistant/ask", JSON.writeValueAsString(Map.of("question", question)));
    }

    @Override
    public JsonNode startAnalysis(LocalDate asOf) {
        return post("/api/v1/analytics/runs" + (asOf == null ? "" : "?asOf=" + asOf), null);
    }

    @Override
    public JsonNode analysis(String runId) {
        return get("/api/v1/analytics/runs/" + encode(runId));
    }

    @Override
    public void exportCustomers(String filter, Writer out) throws IOException {
        HttpResponse<String> response = send(() -> server.get("/api/v1/customers/export.csv" + (filter == null ? ""
                : "?filter=" + encode(filter))));
        answer(response);
        out.write(response.body());
    }

    @Override
    public JsonNode exportData(String customerId) {
        return get("/api/v1/customers/" + encode(customerId) + "/privacy/export");
    }

    @Override
    public JsonNode erase(String customerId) {
        return answer(send(() -> server.delete("/api/v1/customers/" + encode(customerId) + "/privacy")));
    }

    @Override
    public JsonNode audit(String since, String action, int limit, String cursor) {
        return get("/api/v1/audit?limit=" + limit + query("since", since) + query("action", action) + query("cursor", cursor));
    }

    @Override
    public JsonNode workspaces() {
        return get("/api/v1/workspaces");
    }

    @Override
    public JsonNode reportingCurrency(String code) {
        return code == null ? get("/api/v1/settings/reporting-currency")
                : answer(send(() -> server.put("/api/v1/settings/reporting-currency",
                JSON.createObjectNode().put("currency", code).toString())));
    }

    @Override
    public JsonNode createWorkspace(String id, String name) {
        ObjectNode body = JSON.createObjectNode().put("id", id);
        if (name != null) {
            body.put("name", name);
        }
        return post("/api/v1/workspaces", body.toString());
    }

    @Override
    public JsonNode createUser(String username, String role, char[] password, List<String> workspaces) {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("role", role).put("password", new String(password));
        body.putPOJO("workspaces", workspaces);
        return post("/api/v1/users", body.toString());
    }

    @Override
    public JsonNode createApiKey(String scope, String name) {
        ObjectNode body = JSON.createObjectNode().put("scope", scope);
        if (name != null) {
            body.put("name", name);
        }
        if (!hasKey && server.hasLocalAdminToken()) {
            // The first key: this installation's owner proves it by the token in the data directory.
            body.put("workspace", namedWorkspace == null ? "demo" : namedWorkspace);
            return answer(send(() -> server.postWithLocalAdminToken("/api/v1/local-admin/api-keys", body.toString())));
        }
        return post("/api/v1/api-keys", body.toString());
    }

    @Override
    public JsonNode loadDemoData(int customers, long seed, boolean bulk, boolean allowOtherData, LongConsumer progress) {
        return post("/api/v1/demo-data?customers=" + customers + "&seed=" + seed + "&bulk=" + bulk
                + "&allowOtherData=" + allowOtherData, null);
    }

    @Override
    public JsonNode startImport(Path file, String format, String timeZone, Path errorsFile,
                                com.scudo.imports.ImportOptions options) {
        return answer(send(() -> server.upload("/api/v1/imports?wait=false&format=" + encode(format)
                + query("timeZone", timeZone) + query("columns", options.columns().isEmpty() ? null : options.columnsText())
                + query("dateFormat", options.dateFormat()), file)));
    }

    @Override
    public JsonNode importJob(String id) {
        return get("/api/v1/imports/" + encode(id));
    }

    @Override
    public void importErrors(String id, Writer out) throws IOException {
        HttpResponse<String> response = send(() -> server.get("/api/v1/imports/" + encode(id) + "/errors.csv"));
        answer(response);
        out.write(response.body());
    }

    @Override
    public void close() {
    }

    private JsonNode get(String path) {
        return answer(send(() -> server.get(path)));
    }

    private JsonNode post(String path, String json) {
        return answer(send(() -> server.post(path, json)));
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private HttpResponse<String> send(Call call) {
        try {
            return call.send();
        } catch (IOException e) {
            throw new Failure("The server at " + server.base() + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("Interrupted");
        }
    }

    /** The body as JSON; a refusal becomes a {@link Failure} with the problem's detail (and what to do about a 401). */
    private JsonNode answer(HttpResponse<String> response) {
        String body = response.body();
        boolean json = response.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(false);
        if (response.statusCode() >= 400) {
            String detail = json ? JSON.readTree(body).path("detail").asString("") : "";
            if (detail.isEmpty()) {
                detail = "The server answered " + response.statusCode() + ".";
            }
            if (response.statusCode() == 401 && !hasKey) {
                detail += " Set SCUDO_API_KEY (or --api-key) to an API key of this workspace.";
            }
            throw new Failure(detail);
        }
        return json && body != null && !body.isBlank() ? JSON.readTree(body) : JSON.createObjectNode();
    }

    private static String query(String name, String value) {
        return value == null ? "" : "&" + name + "=" + encode(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
