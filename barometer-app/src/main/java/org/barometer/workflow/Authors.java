package org.barometer.workflow;

import java.util.List;

import org.springframework.stereotype.Service;

/** The authors of an issue's revision, for the features that show them (the publication's appendix). */
@Service
public class Authors {

    private final IssueAuthors authors;

    Authors(IssueAuthors authors) {
        this.authors = authors;
    }

    /** The authors of the revision stored in this issue row (IssueRef.id()), in their order. */
    public List<Author> of(long issueRowId) {
        return authors.list(issueRowId);
    }
}
