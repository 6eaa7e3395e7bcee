package org.barometer.cli;

import java.time.YearMonth;

import org.barometer.importer.ImportException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its converters and error handling, for `main` and for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BarometerCommand());
        commandLine.registerConverter(YearMonth.class, YearMonth::parse);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof ImportException || e instanceof UserError || e instanceof IllegalArgumentException) {
                cl.getErr().println("barometer: " + e.getMessage());
                cl.getErr().flush();
                return REFUSED;
            }
            throw e;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
