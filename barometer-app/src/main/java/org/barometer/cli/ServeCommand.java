package org.barometer.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs Barometer's web application on the store until stopped (Ctrl+C).",
                "An empty store gets the sample issue (Minsk Barometer No. 17) on first start, and a store without accounts",
                "gets demo accounts, printed once: demo account: ROLE USERNAME PASSWORD."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "${env:BAROMETER_PORT:-8080}", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--management-port", paramLabel = "N", defaultValue = "${env:BAROMETER_MANAGEMENT_PORT}",
            description = "Opens health (/actuator/health/liveness, /actuator/health/readiness) and Prometheus metrics "
                    + "(/actuator/prometheus) on this port; closed unless given (env BAROMETER_MANAGEMENT_PORT).")
    Integer managementPort;

    @Option(names = "--management-address", paramLabel = "ADDRESS", defaultValue = "${env:BAROMETER_MANAGEMENT_ADDRESS:-127.0.0.1}",
            description = "Address the management port listens on (default: ${DEFAULT-VALUE}; env BAROMETER_MANAGEMENT_ADDRESS).")
    String managementAddress;

    @Option(names = "--no-sample", description = "Do not load the sample issue into an empty store.")
    boolean noSample;

    @Option(names = "--no-demo-accounts", description = "Do not create demo accounts in a store that has no accounts.")
    boolean noDemoAccounts;


    @Spec
    CommandSpec spec;

    /** The running application, for a test to stop. */
    volatile ConfigurableApplicationContext context;

    /** The global --verbose (every command has it): here it also logs everything while starting, with the stack trace of a failed start. */
    private boolean verbose() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        return parsed != null && parsed.hasMatchedOption("--verbose");
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Map<String, Object> properties = store.properties();
            properties.put("server.port", port);
            properties.put("barometer.sample.load", !noSample);
            properties.put("barometer.demo-accounts", !noDemoAccounts);
            if (managementPort != null) {
                properties.put("management.server.port", managementPort);
                properties.put("management.server.address", managementAddress);
            }
            context = store.open(properties, true, verbose());
        } catch (UserError e) {
            // the cause in one line, last, where an operator looks
            spec.commandLine().getErr().println("barometer serve: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return BarometerCommand.REFUSED;
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.err.println("Barometer is serving on http://localhost:" + actualPort + "/ (Ctrl+C stops it)");
        closed.await();
        return 0;
    }
}
