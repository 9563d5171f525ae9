package com.scudo.cli;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.assistant.Assistant;
import com.scudo.audit.AuditFilters;
import com.scudo.audit.AuditTrail;
import com.scudo.customer360.Customer360Views;
import com.scudo.demo.DemoBulkLoad;
import com.scudo.demo.DemoData;
import com.scudo.imports.CustomerExport;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.platform.ScudoSettings;
import com.scudo.privacy.CustomerPrivacy;
import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.IssuedApiKey;
import com.scudo.security.Role;
import com.scudo.security.UserAccount;
import com.scudo.security.UserAccounts;
import com.scudo.segment.SegmentId;
import com.scudo.segment.Segments;
import com.scudo.money.Formatting;
import com.scudo.shared.CustomerId;
import com.scudo.shared.Figures;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspace;
import com.scudo.workspace.Workspaces;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The gateway to the stores opened in this process (no server runs): the same services the REST API calls,
 * their answers turned into the same JSON. Acts as {@code command line}.
 */
final class InProcessGateway implements Gateway {
    private static final String ACTOR = "command line";
    private final ApplicationContext context;
    private final AutoCloseable closer;
    private final WorkspaceId workspace;

    InProcessGateway(Gateways.LocalContext stores, String namedWorkspace) {
        this.context = stores.context();
        this.closer = stores.closer();
        this.workspace = namedWorkspace != null ? WorkspaceId.of(namedWorkspace.trim())
                : context.getBean(ScudoSettings.class).defaultWorkspace();
    }

    @Override
    public String workspace() {
        return workspace.value();
    }

    @Override
    public String where() {
        return "the stores opened here";
    }

    @Override
    public Figures figures() {
        return bean(Formatting.class).of(workspace);
    }

    @Override
    public JsonNode lookup(String text) {
        return call(() -> bean(Customer360Views.class).lookup(workspace, text));
    }

    @Override
    public JsonNode view(String customerId) {
        return call(() -> bean(Customer360Views.class).view(workspace, CustomerId.of(customerId)));
    }

    @Override
    public JsonNode customers(String filter, String sort, int limit, String cursor) {
        return call(() -> bean(Customer360Views.class).list(workspace, filter, sort, limit, cursor));
    }

    @Override
    public JsonNode segments() {
        return call(() -> bean(Segments.class).list(workspace));
    }

    @Override
    public JsonNode segment(String id) {
        return call(() -> bean(Segments.class).detail(workspace, SegmentId.of(id)));
    }

    @Override
    public JsonNode models() {
        return call(() -> bean(AnalyticsRuns.class).models(workspace));
    }

    @Override
    public JsonNode ask(String question) {
        return call(() -> bean(Assistant.class).ask(workspace, question));
    }

    @Override
    public JsonNode startAnalysis(LocalDate asOf) {
        AnalyticsRuns runs = bean(AnalyticsRuns.class);
        return call(() -> runs.start(workspace, runs.asOf(workspace, asOf)));
    }

    @Override
    public JsonNode analysis(String runId) {
        return call(() -> found(bean(AnalyticsRuns.class).status(workspace, runId), "analytics run", runId));
    }

    @Override
    public void exportCustomers(String filter, Writer out) throws IOException {
        CustomerExport export = bean(CustomerExport.class);
        call(() -> {
            export.validate(filter);
            return "";
        });
        export.write(workspace, filter, out);
    }

    @Override
    public JsonNode exportData(String customerId) {
        return call(() -> bean(CustomerPrivacy.class).export(workspace, CustomerId.of(customerId)));
    }

    @Override
    public JsonNode erase(String customerId) {
        return call(() -> bean(CustomerPrivacy.class).erase(workspace, CustomerId.of(customerId)));
    }

    @Override
    public JsonNode audit(String since, String action, int limit, String cursor) {
        return call(() -> bean(AuditTrail.class).list(workspace, AuditFilters.since(since), AuditFilters.action(action),
                limit, cursor));
    }

    @Override
    public JsonNode workspaces() {
        return call(() -> bean(Workspaces.class).list().stream().map(InProcessGateway::view).toList());
    }

    @Override
    public JsonNode reportingCurrency(String code) {
        return call(() -> {
            com.scudo.money.Money money = bean(com.scudo.money.Money.class);
            if (code != null) {
                money.setReportingCurrency(workspace, code);
            }
            return JSON.createObjectNode().put("currency", money.reportingCurrency(workspace));
        });
    }

    @Override
    public JsonNode createWorkspace(String id, String name) {
        return call(() -> view(bean(Workspaces.class).create(WorkspaceId.of(id.trim()), name, ACTOR)));
    }

    @Override
    public JsonNode createUser(String username, String role, char[] password, List<String> workspaces) {
        return call(() -> {
            UserAccount user = bean(UserAccounts.class).create(username, password, Role.parse(role),
                    workspaces.stream().map(w -> WorkspaceId.of(w.trim())).toList());
            ObjectNode view = JSON.createObjectNode().put("username", user.username()).put("role", user.role().label());
            view.putPOJO("workspaces", user.workspaces().stream().map(WorkspaceId::value).toList());
            return view;
        });
    }

    @Override
    public JsonNode createApiKey(String scope, String name) {
        return call(() -> {
            IssuedApiKey issued = bean(ApiKeys.class).create(workspace, ApiKeyScope.parse(scope), name, ACTOR);
            return JSON.createObjectNode().put("id", issued.key().id()).put("workspace", issued.key().workspace().value())
                    .put("name", issued.key().name()).put("scope", issued.key().scope().label()).put("key", issued.secret());
        });
    }

    @Override
    public JsonNode loadDemoData(int customers, long seed, boolean bulk, boolean allowOtherData, LongConsumer progress) {
        return call(() -> {
            try {
                return bean(DemoData.class).load(workspace, customers, seed, bulk, allowOtherData, progress::accept);
            } catch (DemoBulkLoad.WorkspaceHasOtherData e) {
                throw new Failure(e.getMessage() + " (--allow-other-data).");
            }
        });
    }

    @Override
    public JsonNode startImport(Path file, String format, String timeZone, Path errorsFile,
                                com.scudo.imports.ImportOptions options) {
        return call(() -> bean(ImportService.class).submit(new ImportRequest(workspace, ImportFormat.parse(format),
                file.toAbsolutePath(), null, timeZone == null ? null : ZoneId.of(timeZone),
                errorsFile == null ? null : errorsFile.toAbsolutePath(), options)));
    }

    @Override
    public JsonNode importJob(String id) {
        return call(() -> found(bean(ImportService.class).find(workspace, id), "import", id));
    }

    @Override
    public void importErrors(String id, Writer out) throws IOException {
        bean(ImportService.class).writeErrors(workspace, id, out);
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not close the stores: " + e.getMessage(), e);
        }
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** What {@code answer} holds, else the refusal the REST API gives for an unknown id. */
    private static <T> T found(Optional<T> answer, String what, String id) {
        return answer.orElseThrow(() -> new NotFoundException(what + " '" + id + "' does not exist"));
    }

    private static ObjectNode view(Workspace w) {
        return JSON.createObjectNode().put("id", w.id().value()).put("name", w.displayName())
                .put("createdAt", w.createdAt().toString()).put("createdBy", w.createdBy());
    }

    /** The services' own errors already speak to the user (not found, invalid input, a filter's position). */
    private static JsonNode call(Supplier<Object> work) {
        try {
            return JSON.valueToTree(work.get());
        } catch (Failure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Failure(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
