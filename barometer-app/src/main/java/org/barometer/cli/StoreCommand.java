package org.barometer.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that opens the store, does its work and closes it again. */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = store.properties();
        properties.put("logging.level.root", "WARN");
        try (ConfigurableApplicationContext context = store.open(properties, false, false)) {
            return run(context);
        }
    }

    abstract int run(ConfigurableApplicationContext context) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    static Issue issue(ConfigurableApplicationContext context, int number) {
        IssueStore issues = context.getBean(IssueStore.class);
        return issues.find(number).orElseThrow(() -> new UserError("there is no issue No. " + number + " in the store"
                + context.getBean(Revisions.class).latest().stream().map(s -> Integer.toString(s.number())).reduce((a, b) -> a + ", " + b).map(list -> " (it has: " + list + ")").orElse(" (it is empty)")));
    }
}
