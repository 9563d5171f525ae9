package com.scudo.assistant.internal;

import com.scudo.money.Formatting;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.assistant.Answer;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.segment.filter.FieldType;
import com.scudo.segment.filter.FilterException;
import com.scudo.segment.filter.FilterField;
import com.scudo.shared.WorkspaceId;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The query functions a language model may call: the same answers the rules give, so a model can only
 * choose among whitelisted reads (filters go through the filter language's parameterised SQL).
 */
@Component
class AssistantTools {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<ToolSpecification> SPECIFICATIONS = List.of(
            tool("find_customers", "Customers matching a filter expression (fields: churn, clv, total_spent, orders, "
                    + "lifecycle, segment, last_order, next_order_date, name, city ...; e.g. churn >= 25% and clv > 1000)",
                    JsonObjectSchema.builder().addStringProperty("filter", "the filter expression")
                            .addStringProperty("sort", "field to sort by, '-' for descending, e.g. -clv")
                            .addIntegerProperty("limit", "how many customers, 1-100").required("filter").build()),
            tool("customer_profile", "One customer's profile, scores, reasons and recommended actions",
                    JsonObjectSchema.builder().addStringProperty("customer", "name, e-mail or customer id")
                            .required("customer").build()),
            tool("explain_score", "Why a customer's score is what it is, in words",
                    JsonObjectSchema.builder().addStringProperty("customer", "name, e-mail or customer id")
                            .addEnumProperty("score", List.of("churn", "clv", "rfm", "lifecycle", "next_order",
                                    "expected_orders")).required("customer").build()),
            tool("segment_summary", "A segment's size, value, churn and top members",
                    JsonObjectSchema.builder().addStringProperty("segment", "segment id or name").required("segment").build()),
            tool("list_segments", "All segments with their figures", JsonObjectSchema.builder().build()),
            tool("at_risk_customers", "At-risk customers: still likely to buy but slipping (churn risk of 25% or more, not dormant)", JsonObjectSchema.builder().build()),
            tool("vip_customers", "The VIP customers and their revenue", JsonObjectSchema.builder().build()),
            tool("top_customers", "The top customers by a figure",
                    JsonObjectSchema.builder().addEnumProperty("metric", List.of("total_spent", "clv", "orders", "aov"))
                            .addIntegerProperty("limit", "how many, 1-100").build()),
            tool("likely_to_order", "Customers expected to order within some days",
                    JsonObjectSchema.builder().addIntegerProperty("days", "the window in days").build()),
            tool("revenue_at_risk", "Revenue at risk: the predicted 12-month value of the at-risk customers", JsonObjectSchema.builder().build()),
            tool("shop_overview", "The shop as a whole: customers, revenue and orders (of a period when one is given),"
                    + " predicted 12-month value, at-risk and dormant customers", JsonObjectSchema.builder()
                    .addStringProperty("period", "optional, in words: this year, last month, in 2025, since Black Friday,"
                            + " in the last 3 months").build()));

    private final Segments segments;
    private final FactsQueries facts;
    private final ScoredCustomers names;
    private final CustomerAnswers customers;
    private final ListAnswers lists;
    private final SegmentAnswers segmentAnswers;
    private final Formatting formatting;
    private final ShopAnswers shop;

    AssistantTools(Segments segments, FactsQueries facts, ScoredCustomers names, CustomerAnswers customers,
                   ListAnswers lists, SegmentAnswers segmentAnswers, ShopAnswers shop, Formatting formatting) {
        this.segments = segments;
        this.shop = shop;
        this.formatting = formatting;
        this.facts = facts;
        this.names = names;
        this.customers = customers;
        this.lists = lists;
        this.segmentAnswers = segmentAnswers;
    }

    /** Runs one tool call; an unknown tool or bad argument is answered with an error the model can read. */
    Optional<Answer> execute(WorkspaceId workspace, String question, String tool, String argumentsJson) {
        return run(workspace, question, tool, argumentsJson).map(StagedAnswer::complete);
    }

    private Optional<StagedAnswer> run(WorkspaceId workspace, String question, String tool, String argumentsJson) {
        JsonNode args = argumentsJson == null || argumentsJson.isBlank() ? JSON.createObjectNode() : JSON.readTree(argumentsJson);
        List<SegmentSummary> catalogue = segments.list(workspace);
        LocalDate asOf = facts.asOf(workspace);
        Integer limit = args.hasNonNull("limit") ? Math.max(1, Math.min(Quantities.MAX_LIMIT, args.path("limit").asInt())) : null;
        switch (tool) {
            case "find_customers" -> {
                String sort = args.path("sort").asString("-total_spent");
                boolean descending = sort.startsWith("-");
                FilterField field = FilterField.byName(descending ? sort.substring(1) : sort)
                        .filter(f -> f.type() != FieldType.SET).orElse(FilterField.TOTAL_SPENT);
                AnswerContext ctx = ctx(workspace, question, Interpretation.of(Intent.TOP_CUSTOMERS), asOf, catalogue);
                return Optional.of(lists.filtered(ctx, args.path("filter").asString(""), field, descending,
                        limit == null ? ListAnswers.DEFAULT_LIMIT : limit));
            }
            case "customer_profile", "explain_score" -> {
                String who = args.path("customer").asString("");
                Intent intent = tool.equals("explain_score") ? Intent.WHY_SCORE : Intent.CUSTOMER_PROFILE;
                String score = intent == Intent.WHY_SCORE ? args.path("score").asString("churn") : null;
                Interpretation i = new Interpretation(intent, who, List.of(), null, null, score, null);
                return Optional.of(customers.answer(ctx(workspace, question, i, asOf, catalogue),
                        names.lookup(workspace, who)));
            }
            case "segment_summary" -> {
                String named = args.path("segment").asString("");
                List<SegmentPhrases.Match> found = RuleBasedAssistant.phrases(catalogue).find(Utterance.of(named).tokens());
                String id = catalogue.stream().map(s -> s.segment().id().value())
                        .filter(s -> s.equalsIgnoreCase(named.strip())).findFirst()
                        .orElse(found.isEmpty() ? null : found.get(0).segmentId());
                if (id == null) {
                    throw new IllegalArgumentException("No segment called '" + named + "'; call list_segments for the names");
                }
                Interpretation i = new Interpretation(Intent.SEGMENT_ANALYSIS, null, List.of(id), null, null, null, null);
                return Optional.of(segmentAnswers.analyse(ctx(workspace, question, i, asOf, catalogue)));
            }
            case "list_segments" -> {
                return Optional.of(segmentAnswers.list(ctx(workspace, question, Interpretation.of(Intent.LIST_SEGMENTS),
                        asOf, catalogue)));
            }
            case "at_risk_customers" -> {
                return Optional.of(lists.atRisk(ctx(workspace, question, Interpretation.of(Intent.AT_RISK_CUSTOMERS),
                        asOf, catalogue)));
            }
            case "vip_customers" -> {
                return Optional.of(lists.vip(ctx(workspace, question, Interpretation.of(Intent.VIP_CUSTOMERS), asOf,
                        catalogue)));
            }
            case "top_customers" -> {
                String metric = args.path("metric").asString("total_spent").toLowerCase(Locale.ROOT);
                Interpretation i = new Interpretation(Intent.TOP_CUSTOMERS, null, List.of(), limit, null, metric, null);
                return Optional.of(lists.top(ctx(workspace, question, i, asOf, catalogue)));
            }
            case "likely_to_order" -> {
                Integer days = args.hasNonNull("days")
                        ? Math.max(1, Math.min(Quantities.MAX_DAYS, args.path("days").asInt())) : null;
                Interpretation i = new Interpretation(Intent.LIKELY_TO_ORDER, null, List.of(), null, days, null, null);
                return Optional.of(lists.likelyToOrder(ctx(workspace, question, i, asOf, catalogue)));
            }
            case "revenue_at_risk" -> {
                return Optional.of(lists.revenueAtRisk(ctx(workspace, question, Interpretation.of(Intent.REVENUE_AT_RISK),
                        asOf, catalogue)));
            }
            case "shop_overview" -> {
                String words = args.path("period").asString("");
                Interpretation i = Interpretation.of(Intent.SHOP_OVERVIEW);
                if (!words.isBlank()) {
                    i = i.withPeriod(TimeWords.find(Utterance.of(words).text(), asOf, formatting.of(workspace).timeZone())
                            .orElseThrow(() ->
                            new IllegalArgumentException("Period '" + words + "' not understood; say for example 'this year',"
                                    + " 'last month', 'in 2025' or 'since Black Friday'")));
                }
                return Optional.of(shop.overview(ctx(workspace, question, i, asOf, catalogue)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** What the model reads back: the answer as compact JSON, cut to a size a context window takes. */
    static String forModel(Answer answer) {
        String json = JSON.writeValueAsString(answer);
        return json.length() > 6000 ? json.substring(0, 6000) + "…(cut)" : json;
    }

    /** A JSON string literal. */
    String quote(String text) {
        return JSON.writeValueAsString(text == null ? "" : text);
    }

    static boolean isFilterProblem(RuntimeException e) {
        return e instanceof FilterException || e instanceof IllegalArgumentException;
    }

    private AnswerContext ctx(WorkspaceId workspace, String question, Interpretation i, LocalDate asOf,
                              List<SegmentSummary> catalogue) {
        return new AnswerContext(workspace, question, i, asOf, catalogue, formatting.of(workspace));
    }

    private static ToolSpecification tool(String name, String description, JsonObjectSchema parameters) {
        return ToolSpecification.builder().name(name).description(description).parameters(parameters).build();
    }
}
