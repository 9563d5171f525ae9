package com.scudo.cli;

import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static com.scudo.cli.Text.date;
import static com.scudo.cli.Text.money;
import static com.scudo.cli.Text.of;
import static com.scudo.cli.Text.or;
import static com.scudo.cli.Text.percent;

/** A Customer 360 view as a person reads it in a terminal: profile, scores with reasons, segments, orders, actions. */
final class Customer360Printout {
    private static final int ORDERS_SHOWN = 5;
    private static final String NL = System.lineSeparator();

    private final Figures figures;

    Customer360Printout(Figures figures) {
        this.figures = figures;
    }

    String render(JsonNode view) {
        StringBuilder out = new StringBuilder();
        profile(out, view);
        scores(out, view.path("scores"));
        segments(out, view.path("segments"));
        live(out, view.path("live"));
        orders(out, view.path("orders"));
        recommendations(out, view.path("recommendations").path("open"));
        return out.toString();
    }

    String candidates(String query, JsonNode candidates) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode c : candidates) {
            rows.add(List.of(or(c, "customerId", "-"), or(c, "name", "-"), or(c, "email", "-"), or(c, "city", "-"),
                    money(figures, c, "totalSpent")));
        }
        return "'" + query + "' matches " + rows.size() + " customers; name one by id or e-mail:" + NL
                + Text.table(List.of("ID", "NAME", "EMAIL", "CITY", "SPENT"), rows);
    }

    private void profile(StringBuilder out, JsonNode view) {
        JsonNode p = view.path("profile");
        out.append(or(p, "name", "(no name)")).append(" (").append(of(view, "customerId")).append(')');
        if (of(p, "company") != null) {
            out.append(" — ").append(of(p, "company"));
        }
        out.append(NL);
        StringJoiner contact = new StringJoiner(" · ", "  ", "");
        addIf(contact, of(p, "email"));
        addIf(contact, of(p, "phone"));
        StringJoiner place = new StringJoiner(", ");
        addIf(place, of(p, "city"));
        addIf(place, of(p, "region"));
        addIf(place, of(p, "country"));
        addIf(contact, place.length() == 0 ? null : place.toString());
        out.append(contact).append(NL);
        JsonNode prefs = p.path("preferences");
        List<String> categories = new ArrayList<>();
        prefs.path("categories").forEach(c -> categories.add(c.asString()));
        out.append("  Prefers ").append(or(prefs, "channel", "no particular channel"))
                .append(categories.isEmpty() ? "" : "; likes " + String.join(", ", categories))
                .append("; e-mail ").append(prefs.path("emailOptIn").asBoolean() ? "yes" : "no")
                .append(", SMS ").append(prefs.path("smsOptIn").asBoolean() ? "yes" : "no")
                .append("  [live]").append(NL).append(NL);
    }

    private void scores(StringBuilder out, JsonNode s) {
        if (s.isMissingNode() || s.isNull()) {
            out.append("Scores: not analysed yet (run `scudo analyze`).").append(NL).append(NL);
            return;
        }
        JsonNode fresh = s.path("freshness");
        out.append("Scores as of ").append(date(figures, fresh, "asOf")).append(" (computed ").append(Text.dateTime(figures, fresh, "computedAt", "-"))
                .append(')').append(NL);
        out.append(String.format("  %d orders, %s spent, %s per order, first %s, last %s%n", s.path("orders").asInt(),
                money(figures, s, "totalSpent"), money(figures, s, "averageOrderValue"), date(figures, s, "firstOrder"),
                date(figures, s, "lastOrder")));
        JsonNode reasons = s.path("reasons");
        line(out, "Lifecycle", or(s, "lifecycle", "-"), of(reasons, "lifecycle"));
        JsonNode rfm = s.path("rfm");
        line(out, "RFM", or(rfm, "code", "-") + " " + or(rfm, "group", ""), of(rfm, "explanation"));
        JsonNode churn = s.path("churn");
        line(out, "Churn", percent(churn, "probability") + " (range " + percent(churn, "low") + "–"
                + percent(churn, "high") + "), alive " + percent(s, "pAlive"), of(churn, "explanation"));
        line(out, "CLV", money(figures, s, "clv"), of(reasons, "clv"));
        line(out, "Next " + s.path("forecastHorizonDays").asInt(90) + " days", Text.decimal(s, "expectedOrders")
                + " orders expected", of(reasons, "expected_orders"));
        line(out, "Next order", date(figures, s, "nextOrderDate"), of(reasons, "next_order"));
        out.append(NL);
    }

    private void segments(StringBuilder out, JsonNode m) {
        StringJoiner names = new StringJoiner(", ");
        m.path("all").forEach(seg -> names.add(or(seg, "name", of(seg, "id")) + " [" + of(seg, "id") + "]"
                + (seg.path("primary").asBoolean() ? " (primary)" : "")));
        out.append("Segments: ").append(names.length() == 0 ? "none" : names.toString()).append(NL);
    }

    private void live(StringBuilder out, JsonNode live) {
        out.append(String.format("Live: %d orders, %s revenue, %d interactions, last seen %s%n%n",
                live.path("orders").asLong(), money(figures, live, "revenue"), live.path("interactions").asLong(),
                Text.dateTime(figures, live, "lastSeen", "never")));
    }

    private void orders(StringBuilder out, JsonNode timeline) {
        JsonNode orders = timeline.path("newestFirst");
        if (orders.isEmpty()) {
            out.append("No orders yet.").append(NL).append(NL);
            return;
        }
        out.append("Last orders (newest first):").append(NL);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(ORDERS_SHOWN, orders.size()); i++) {
            JsonNode o = orders.get(i);
            List<String> categories = new ArrayList<>();
            o.path("categories").forEach(c -> categories.add(c.asString()));
            rows.add(List.of("  " + date(figures, o, "orderedAt"), or(o, "orderId", "-"), money(figures, o, "amount"),
                    or(o, "channel", "-"), String.join(", ", categories)));
        }
        out.append(Text.table(List.of("  DATE", "ORDER", "AMOUNT", "CHANNEL", "CATEGORIES"), rows)).append(NL);
    }

    private void recommendations(StringBuilder out, JsonNode open) {
        if (open.isEmpty()) {
            out.append("Recommendations: none open.").append(NL);
            return;
        }
        out.append("Recommendations:").append(NL);
        for (JsonNode r : open) {
            out.append("  - ").append(or(r, "title", or(r, "type", "action"))).append(" (expected ")
                    .append(money(figures, r, "expectedValue")).append("): ").append(or(r, "reason", "")).append(NL);
        }
    }

    private void line(StringBuilder out, String label, String value, String reason) {
        out.append(String.format("  %-13s %s%n", label, value));
        if (reason != null && !reason.isBlank()) {
            out.append(String.format("  %-13s   %s%n", "", reason));
        }
    }

    private void addIf(StringJoiner joiner, String value) {
        if (value != null && !value.isBlank()) {
            joiner.add(value);
        }
    }
}
