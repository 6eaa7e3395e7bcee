package org.barometer.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages the team's accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds an account. The password is asked for twice on a terminal, or read from the first line of standard input.",
                    "Example: barometer user add --role admin alice"})
    static final class Add extends StoreCommand {

        @Parameters(paramLabel = "NAME", description = "The username: lower-case letters, digits, dots, hyphens, underscores.")
        String username;

        @Option(names = "--role", required = true, description = "admin, editor, analyst or reviewer (scores samples second, nothing else).")
        String role;

        @Option(names = "--relationship", paramLabel = "CODE", description = "A relationship an analyst may edit (repeatable), e.g. russia.")
        List<String> relationships = List.of();

        @Option(names = "--security", description = "The analyst may edit the security catalogue.")
        boolean security;

        @Override
        int run(ConfigurableApplicationContext context) throws IOException {
            Role parsed;
            try {
                parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError("--role: \"" + role + "\" is not a role; expected admin, editor, analyst or reviewer");
            }
            String password = password();
            Actor actor = context.getBean(Accounts.class).add(username, password, parsed, new LinkedHashSet<>(relationships), security);
            out().printf("Added %s %s.%n", actor.role().name().toLowerCase(Locale.ROOT), actor.username());
            out().flush();
            return 0;
        }

        private String password() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", username);
                char[] second = console.readPassword("Same password again: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new UserError("the two passwords differ; nothing was changed");
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UserError("no password on standard input; nothing was changed");
            }
            return line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts with their roles and assignments.")
    static final class ListUsers extends StoreCommand {

        @Override
        int run(ConfigurableApplicationContext context) {
            for (Actor actor : context.getBean(Accounts.class).list()) {
                out().printf("%-8s %-24s %s%s%n", actor.role().name().toLowerCase(Locale.ROOT), actor.username(),
                        String.join(",", new java.util.TreeSet<>(actor.relationships())), actor.securityAnalyst() ? " +security" : "");
            }
            out().flush();
            return 0;
        }
    }
}
