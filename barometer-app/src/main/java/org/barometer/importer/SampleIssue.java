package org.barometer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.barometer.issue.Revisions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** The sample issue: the catalogues and stated figures of Minsk Barometer No. 17, shipped with the application. */
@Service
public class SampleIssue {

    static final String RESOURCE = "sample/minsk-barometer-17.json";

    private final Revisions revisions;
    private final IssueImport imports;

    SampleIssue(Revisions revisions, IssueImport imports) {
        this.revisions = revisions;
        this.imports = imports;
    }

    /** Imports the sample issue into an empty store; a store with any issue is left alone. */
    public Optional<IssueImport.Result> loadIntoEmptyStore() {
        if (!revisions.latest().isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return Optional.of(imports.importText(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), IssueImport.Options.NONE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
