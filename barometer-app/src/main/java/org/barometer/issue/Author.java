package org.barometer.issue;

/** An author of an issue as the appendix lists them; seq orders them within the issue. */
public record Author(int seq, String name, String affiliation, String biography) {

    public Author {
        name = name == null ? "" : name.strip();
        affiliation = affiliation == null ? "" : affiliation.strip();
        biography = biography == null ? "" : biography.strip();
    }
}
