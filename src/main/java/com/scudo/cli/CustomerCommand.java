package com.scudo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "customer", description = "One customer.", subcommands = {CustomerCommand.Show.class,
        CustomerPrivacyCommands.ExportData.class, CustomerPrivacyCommands.Erase.class})
class CustomerCommand {

    @Command(name = "show", description = "The Customer 360 view of a customer named by id, e-mail or (part of) a name.")
    static class Show implements Callable<Integer> {
        @Mixin
        ReadOptions options = new ReadOptions();

        @Parameters(arity = "1..*", paramLabel = "ID|EMAIL|NAME", description = "Customer id, e-mail or name (case-insensitive, partial).")
        List<String> words;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            String query = String.join(" ", words);
            try (ViewsClient client = ViewsClient.open(options.server, options.workspace, options.apiKey, springArguments)) {
                JsonNode lookup = client.lookup(query);
                String id = Text.of(lookup, "customerId");
                if (id == null) {
                    JsonNode candidates = lookup.path("candidates");
                    if (candidates.isEmpty()) {
                        System.err.println("No customer matches '" + query + "' in workspace '" + options.workspace + "'.");
                        return 1;
                    }
                    if (options.json) {
                        options.printJson(System.out, lookup);
                    } else {
                        System.out.print(Customer360Printout.candidates(query, candidates));
                    }
                    return 2;
                }
                JsonNode view = client.view(id);
                if (options.json) {
                    options.printJson(System.out, view);
                } else {
                    System.out.print(Customer360Printout.render(view));
                }
                return 0;
            } catch (ViewsClient.Failure e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
