package org.barometer.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * `barometer` run as its own JVM, as an operator runs it: on the test's class path, its output written to files in
 * the given folder. {@link #kill()} is kill -9 (Process.destroyForcibly sends SIGKILL on Linux).
 */
final class ServeProcess implements AutoCloseable {

    final Process process;
    final Path out;
    final Path err;
    final int port;

    private ServeProcess(Process process, Path out, Path err, int port) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.port = port;
    }

    /** Runs `barometer ARGS…` in a new JVM; the output goes to NAME.out and NAME.err in the folder. */
    static ServeProcess start(Path logs, String name, int port, String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-cp", classPath, BarometerCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ServeProcess(process, out, err, port);
    }

    static ServeProcess serve(Path logs, String name, Path data, String... more) throws IOException {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--data", data.toString()));
        args.addAll(List.of(more));
        return start(logs, name, port, args.toArray(String[]::new));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the server says it is serving; fails with what it wrote if it stopped or took too long. */
    ServeProcess awaitServing() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!Files.readString(err).contains("Barometer is serving on")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("serve did not start (" + (process.isAlive() ? "still starting" : "exit " + process.exitValue())
                        + "):\n" + Files.readString(out) + Files.readString(err));
            }
            Thread.sleep(200);
        }
        return this;
    }

    /** The exit status, waiting at most a minute. */
    int awaitExit() throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new AssertionError("still running:\n" + Files.readString(err));
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out);
    }

    String stderr() throws IOException {
        return Files.readString(err);
    }

    /** kill -9: the JVM gets no chance to close the store or flush anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
