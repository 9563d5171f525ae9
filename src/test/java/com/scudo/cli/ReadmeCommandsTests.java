package com.scudo.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command the README gives — its set-up steps ({@code ./scudo users create owner ...}) and each row of its
 * command table — is one the command line takes as written: the command exists, with every option named, and the
 * arguments parse (values in brackets and alternatives filled in with their first choice). The README cannot name a
 * command or an option that is not there. ({@code ReadmePathsIntegrationTests} does the same for its HTTP paths.)
 */
class ReadmeCommandsTests {
    /** "./scudo ..." in an indented block or a code span, "scudo ..." in a code span. */
    private static final Pattern STEP = Pattern.compile("(?m)^ {4}.*?\\./scudo ([^)\\n#]*)|`(?:\\./)?scudo ([^`]+)`");
    /** The first cell of a row of the command table: one code span per command. */
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| (`.+?`) \\|");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyCommandTheReadmeGivesParsesAsWritten() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> commands = new ArrayList<>();
        Matcher step = STEP.matcher(readme);
        while (step.find()) {
            commands.add((step.group(1) != null ? step.group(1) : step.group(2)).strip());
        }
        Matcher row = TABLE_ROW.matcher(readme);
        while (row.find()) {
            Matcher code = CODE.matcher(row.group(1));
            while (code.find()) {
                commands.add(code.group(1).replace("\\|", "|"));
            }
        }
        assertThat(commands).as("the set-up steps and the table").contains("--help",
                "users create owner --role admin --workspace demo", "api-keys create --workspace demo --scope admin")
                .hasSizeGreaterThan(20);

        for (String command : commands) {
            if (command.equals("<command>")) {
                continue; // "./scudo <command>": the table's commands follow
            }
            List<String> args = example(command);
            CommandLine cli = new CommandLine(new ScudoCli());
            try {
                CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
                assertThat(parsed.errors()).as(command).isEmpty();
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("The README gives `" + command + "`, which the command line rejects ("
                        + String.join(" ", args) + "): " + e.getMessage(), e);
            }
        }
    }

    @Test
    void theFirstStepShowsEveryCommandTheTableLists() {
        // what `./scudo --help` prints (on standard output, as picocli's usage)
        assertThat(new CommandLine(new ScudoCli()).getUsageMessage()).contains("serve", "demo-data", "analyze", "models",
                "customer", "customers", "segments", "segment", "ask", "import", "export", "audit", "workspaces", "users",
                "api-keys");
    }

    @Test
    void everyCommandTakesHelpAndItsHelpRendersWithoutAFormatWarning() {
        // a bare % in a description ("churn >= 25%") made picocli print a warning and the raw text instead of the help
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            java.util.Deque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(new CommandLine(new ScudoCli())));
            int rendered = 0;
            while (!todo.isEmpty()) {
                CommandLine command = todo.pop();
                assertThat(command.getUsageMessage()).as(command.getCommandName()).isNotBlank();
                if (!(command.getCommand() instanceof CommandLine.HelpCommand)) {
                    // `scudo import --help` shows the command's help instead of asking for its file
                    assertThat(command.parseArgs("--help").isUsageHelpRequested()).as(command.getCommandName()).isTrue();
                }
                rendered++;
                todo.addAll(command.getSubcommands().values());
            }
            assertThat(rendered).isGreaterThan(20);
        } finally {
            System.setErr(err);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    /**
     * An invocation as a reader would type it from the README's notation: optional parts kept without their brackets,
     * the first of alternatives ({@code read|write|admin}), a value for each placeholder ({@code ID}, {@code <id|email>},
     * {@code "..."}), no shell redirection.
     */
    static List<String> example(String notation) {
        String text = notation.replaceAll("\\s*>\\s*\\S+$", "").replace("[", " ").replace("]", " ");
        List<String> args = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text);
        while (token.find()) {
            String t = token.group(1) != null ? token.group(1) : token.group(2);
            if (token.group(1) == null && t.equals("...")) {
                continue; // "W ...": more of the same
            }
            if (token.group(1) != null && t.equals("...")) {
                t = "x";
            }
            if (t.startsWith("<") && t.endsWith(">") || t.matches("[A-Z][A-Z_]*") || t.isEmpty()) {
                t = "x";
            } else if (!t.startsWith("--") && t.contains("|")) {
                t = t.substring(0, t.indexOf('|'));
            }
            args.add(t);
        }
        return args;
    }

    @Test
    void notationBecomesAnInvocation() {
        assertThat(example("users create NAME --role admin|analyst|viewer [--workspace demo] [--member-of W ...]"))
                .containsExactly("users", "create", "x", "--role", "admin", "--workspace", "demo", "--member-of", "x");
        assertThat(example("customer export-data ID > customer.json")).containsExactly("customer", "export-data", "x");
        assertThat(example("ask \"Show me our VIP customers\" [--json]")).containsExactly("ask", "Show me our VIP customers",
                "--json");
    }
}
