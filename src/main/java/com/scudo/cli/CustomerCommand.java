package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "customer", description = "One customer.", subcommands = {CustomerCommand.Show.class,
        CustomerPrivacyCommands.ExportData.class, CustomerPrivacyCommands.Erase.class})
class CustomerCommand {

    @Command(name = "show", description = "The Customer 360 view of a customer named by id, e-mail or (part of) a name.")
    static class Show extends GatewayCommand {
        @Mixin
        JsonOutput output = new JsonOutput();

        @Parameters(arity = "1..*", paramLabel = "ID|EMAIL|NAME", description = "Customer id, e-mail or name (case-insensitive, partial).")
        List<String> words;

        @Override
        int run(Gateway gateway, PrintWriter out, PrintWriter err) {
            String query = String.join(" ", words);
            JsonNode lookup = gateway.lookup(query);
            String id = Text.of(lookup, "customerId");
            if (id == null) {
                JsonNode candidates = lookup.path("candidates");
                if (candidates.isEmpty()) {
                    err.println("No customer matches '" + query + "' in workspace '" + gateway.workspace() + "'.");
                    return 1;
                }
                if (!output.printed(out, lookup)) {
                    out.print(new Customer360Printout(gateway.figures()).candidates(query, candidates));
                }
                return 2;
            }
            JsonNode view = gateway.view(id);
            if (!output.printed(out, view)) {
                out.print(new Customer360Printout(gateway.figures()).render(view));
            }
            return 0;
        }
    }
}
