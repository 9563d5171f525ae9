package com.scudo.cli;

import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Everything the commands ask of Scudo, so that each command is written once: {@link HttpGateway} asks the running
 * server's REST API, {@link InProcessGateway} calls the same services on the stores opened in this process. Both
 * answer with the API's JSON. A refusal becomes a {@link Failure} carrying the problem's words.
 */
interface Gateway extends AutoCloseable {
    JsonMapper JSON = JsonMapper.builder().build();

    /** The workspace the answers are about (the API key's when none was named). */
    String workspace();

    /** Where the answers come from, for a line on standard error. */
    String where();

    /** How the workspace writes money and dates: its reporting currency, locale and time zone. */
    Figures figures();

    JsonNode lookup(String text);

    JsonNode view(String customerId);

    JsonNode customers(String filter, String sort, int limit, String cursor);

    JsonNode segments();

    JsonNode segment(String id);

    JsonNode models();

    JsonNode ask(String question);

    /** Starts a full analytics run; follow it with {@link #analysis}. */
    JsonNode startAnalysis(LocalDate asOf);

    JsonNode analysis(String runId);

    void exportCustomers(String filter, Writer out) throws IOException;

    JsonNode exportData(String customerId);

    /** The erasure result; {@code status} is erased or pending. */
    JsonNode erase(String customerId);

    JsonNode audit(String since, String action, int limit, String cursor);

    JsonNode workspaces();

    JsonNode createWorkspace(String id, String name);

    /** The workspace's reporting currency ({"currency": "EUR"}), after setting it to {@code code} when one is given. */
    JsonNode reportingCurrency(String code);

    JsonNode createUser(String username, String role, char[] password, List<String> workspaces);

    JsonNode createApiKey(String scope, String name);

    /** Loads the demo shop; {@code progress} hears customers loaded where this side can tell. */
    JsonNode loadDemoData(int customers, long seed, boolean bulk, boolean allowOtherData, LongConsumer progress);

    /** Starts importing a file; follow it with {@link #importJob}. */
    JsonNode startImport(Path file, String format, String timeZone, Path errorsFile, com.scudo.imports.ImportOptions options);

    JsonNode importJob(String id);

    void importErrors(String id, Writer out) throws IOException;

    @Override
    void close();

    final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
