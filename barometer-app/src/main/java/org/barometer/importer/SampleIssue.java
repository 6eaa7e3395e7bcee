package org.barometer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.barometer.issue.IssueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the sample issue (the catalogues and stated figures of Minsk Barometer No. 17) into an empty store,
 * so that a first `barometer serve` has something to show.
 */
@Component
@org.springframework.core.annotation.Order(1)
@ConditionalOnProperty(name = "barometer.sample.load", havingValue = "true")
class SampleIssue implements ApplicationRunner {

    static final String RESOURCE = "sample/minsk-barometer-17.json";

    private static final Logger log = LoggerFactory.getLogger(SampleIssue.class);

    private final IssueStore store;
    private final IssueImport imports;

    SampleIssue(IssueStore store, IssueImport imports) {
        this.store = store;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!store.list().isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            IssueImport.Result result = imports.importText(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), IssueImport.Options.NONE);
            log.info("The store was empty: loaded the sample issue No. {} with {} findings", result.issue().number(), result.findings().size());
        }
    }
}
