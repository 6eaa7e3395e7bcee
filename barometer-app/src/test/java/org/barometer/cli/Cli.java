package org.barometer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs `barometer` in this JVM as a user would from the shell, capturing what it prints. */
record Cli(int status, String out, String err) {

    /** Runs a command on the embedded store in {@code data} (its --data given last). */
    static Cli onStore(java.nio.file.Path data, String... args) {
        String[] withData = java.util.Arrays.copyOf(args, args.length + 2);
        withData[args.length] = "--data";
        withData[args.length + 1] = data.toString();
        return run(withData);
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BarometerCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Cli(status, out.toString(), err.toString());
    }
}
