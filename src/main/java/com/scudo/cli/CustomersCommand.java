package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static com.scudo.cli.Text.date;
import static com.scudo.cli.Text.money;
import static com.scudo.cli.Text.or;
import static com.scudo.cli.Text.percent;

@Command(name = "customers", description = "Lists of customers.", subcommands = CustomersCommand.ListCustomers.class)
class CustomersCommand {

    @Command(name = "list", description = "Customers matching a filter expression, e.g. --filter \"churn >= 25%% and orders > 3\".")
    static class ListCustomers extends AnswerCommand {
        @Option(names = "--filter", description = "Filter expression (default: every customer).")
        String filter;

        @Option(names = "--sort", description = "Field to sort by, e.g. clv,desc or -churn (default: total_spent,desc).")
        String sort;

        @Option(names = "--limit", defaultValue = "50", description = "How many (1-1000, default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--cursor", description = "Continue after a previous page (its nextCursor).")
        String cursor;

        @Override
        JsonNode ask(Gateway gateway) {
            return gateway.customers(filter, sort, limit, cursor);
        }

        @Override
        void print(JsonNode page, Gateway gateway, PrintWriter out) {
            Figures figures = gateway.figures();
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode c : page.path("customers")) {
                rows.add(List.of(or(c, "customerId", "-"), or(c, "name", "-"), or(c, "lifecycle", "-"),
                        or(c, "primarySegment", "-"), String.valueOf(c.path("orders").asInt()),
                        money(figures, c, "totalSpent"),
                        percent(c, "churn"), money(figures, c, "clv"), date(figures, c, "lastOrder")));
            }
            out.print(Text.table(List.of("ID", "NAME", "LIFECYCLE", "SEGMENT", "ORDERS", "SPENT", "CHURN", "CLV",
                    "LAST ORDER"), rows));
            String next = Text.of(page, "nextCursor");
            out.println(rows.size() + " customers" + (next == null ? "" : "; more with --cursor " + next));
        }
    }
}
