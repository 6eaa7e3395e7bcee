package org.barometer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.barometer.issue.IssueStore;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** The sample issue: the catalogues and stated figures of Minsk Barometer No. 17, shipped with the application. */
@Service
public class SampleIssue {

    static final String RESOURCE = "sample/minsk-barometer-17.json";

    private final IssueStore store;
    private final IssueImport imports;

    SampleIssue(IssueStore store, IssueImport imports) {
        this.store = store;
        this.imports = imports;
    }

    /** Imports the sample issue into an empty store; a store with any issue is left alone. */
    public Optional<IssueImport.Result> loadIntoEmptyStore() {
        if (!store.list().isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return Optional.of(imports.importText(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), IssueImport.Options.NONE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
