package org.barometer.cli;

import java.io.PrintWriter;
import java.time.YearMonth;

import org.barometer.importer.ImportException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The `barometer` command line. */
@Command(name = "barometer", mixinStandardHelpOptions = true, version = "Barometer 0.1.0",
        description = "Expert-scored monitoring of foreign relations and regional security: import, check and publish issues.",
        subcommands = {ImportCommand.class, IndicesCommand.class, ValidateCommand.class, ExportCommand.class, ReportCommand.class, ServeCommand.class, UserCommand.class,
                BackupCommand.class, RestoreCommand.class,
                HelpCommand.class})
public final class BarometerCommand implements Runnable {

    /** Exit status of a refused request (bad input, a missing issue); picocli uses 2 for a mistyped command line. */
    public static final int REFUSED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "On an error, print where it happened (its stack trace) after its one line.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its converters and error handling, for `main` and for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BarometerCommand());
        commandLine.registerConverter(YearMonth.class, YearMonth::parse);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            err.println("barometer: " + said(e));
            if (verbose(parsed)) {
                e.printStackTrace(err);
            }
            err.flush();
            return REFUSED;
        });
        return commandLine;
    }

    /** An error as one line: a refusal in its own words, anything else by its kind and message, its causes after it. */
    static String said(Throwable e) {
        if (e instanceof ImportException || e instanceof UserError || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        StringBuilder line = new StringBuilder();
        for (Throwable cause = e; cause != null && line.length() < 500; cause = cause.getCause()) {
            line.append(line.isEmpty() ? "" : "; caused by ").append(cause.getClass().getSimpleName())
                    .append(cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        }
        return line + " (--verbose shows where)";
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
