package com.scudo.cli;

import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/** An assistant answer as plain text for the terminal: the insight, each card, and the filter that was run. */
final class AnswerPrinter {
    private final Figures figures;

    AnswerPrinter(Figures figures) {
        this.figures = figures;
    }

    private static String signed(long change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "±0";
    }

    void print(JsonNode answer, PrintWriter out) {
        out.println(answer.path("insight").asString(""));
        for (JsonNode card : answer.path("cards")) {
            out.println();
            out.println("## " + card.path("title").asString(""));
            switch (card.path("type").asString("")) {
                case "profile" -> profile(card, out);
                case "customers" -> {
                    out.printf("%d in all%n", card.path("total").asLong());
                    card.path("customers").forEach(c -> out.println("  " + customer(c)));
                }
                case "segment" -> {
                    out.printf("%s: %d customers, %s total, %s average, churn %s%n", card.path("segmentId").asString(),
                            card.path("customers").asLong(), money(card.path("totalValue")),
                            money(card.path("averageValue")), percent(card.path("averageChurn")));
                    card.path("topMembers").forEach(c -> out.println("  " + customer(c)));
                }
                case "segments" -> card.path("segments").forEach(s -> out.printf("  %-22s %5d customers  %10s avg  churn %s%n",
                        s.path("segmentId").asString(), s.path("customers").asLong(), money(s.path("averageValue")),
                        percent(s.path("averageChurn"))));
                case "moves" -> {
                    card.path("segments").forEach(s -> out.printf("  %-24s %5d → %5d  %s%n", s.path("name").asString(),
                            s.path("customersBefore").asLong(), s.path("customersAfter").asLong(),
                            signed(s.path("customersAfter").asLong() - s.path("customersBefore").asLong())));
                    card.path("moves").forEach(m -> out.printf("  %d moved from %s to %s (%s)%n", m.path("customers").asLong(),
                            m.path("fromName").asString(), m.path("toName").asString(), money(m.path("value"))));
                }
                case "actions" -> card.path("actions").forEach(a -> out.println("  - " + a.path("title").asString()
                        + (a.hasNonNull("customerName") ? " (" + a.path("customerName").asString() + ")" : "")
                        + (a.hasNonNull("expectedValue") ? ", worth about " + money(a.path("expectedValue")) : "")));
                case "choices" -> card.path("choices").forEach(c -> out.println("  " + c.path("customerId").asString()
                        + "  " + c.path("name").asString() + "  " + c.path("email").asString("") + "  -> ask \""
                        + c.path("ask").asString() + "\""));
                case "examples" -> card.path("examples").forEach(e -> out.println("  \"" + e.asString() + "\""));
                default -> out.println(card);
            }
        }
        if (answer.hasNonNull("query")) {
            out.println();
            out.println("Filter: " + answer.path("query").asString());
        }
    }

    private void profile(JsonNode p, PrintWriter out) {
        out.printf("%s  %s  %s%n", p.path("customerId").asString(), p.path("email").asString(""), p.path("city").asString(""));
        out.printf("%s, %s; %d orders, %s spent; churn %s; CLV %s; next order %s%n", p.path("lifecycle").asString("-"),
                p.path("primarySegmentName").asString("-"), p.path("orders").asInt(), money(p.path("totalSpent")),
                percent(p.path("churn")), money(p.path("clv")), p.path("nextOrderDate").asString("-"));
        p.path("reasons").properties().forEach(e -> out.println("  " + e.getKey() + ": " + e.getValue().asString()));
        p.path("recommendations").forEach(a -> out.println("  - " + a.path("title").asString()));
        out.println("  " + p.path("link").asString());
    }

    private String customer(JsonNode c) {
        return String.format(Locale.US, "%-10s %-22s %-9s %3d orders %10s  churn %4s  CLV %s", c.path("customerId").asString(),
                c.path("name").asString(""), c.path("lifecycle").asString("-"), c.path("orders").asInt(),
                money(c.path("totalSpent")), percent(c.path("churn")), money(c.path("clv")));
    }

    private String money(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "-" : figures.money(new BigDecimal(n.asString()));
    }

    private static String percent(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "-" : String.format(Locale.US, "%.0f%%", new BigDecimal(n.asString()).doubleValue() * 100);
    }
}
