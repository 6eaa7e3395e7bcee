package org.barometer.publicdata;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.barometer.codebook.Anchor;
import org.barometer.reliability.PartReliability;

/**
 * What readers can see at one moment: the latest published revision of every published issue, in number order, and
 * everything made from them. Its key changes whenever any of them does (a publication, a correction, a replaced
 * import), because it names the stored row of each revision, and a published row is never changed in place. So
 * whatever is made from an edition (its dynamics, its events, the bytes of an answer) is kept on it, and goes with it.
 */
public final class Edition {

    private final List<PublishedIssue> issues;
    private final Map<Integer, Long> rows;
    private final Function<Edition, Parts> reader;
    private final boolean keeps;
    private final List<Anchor> anchors;
    private final Map<String, Object> made = new ConcurrentHashMap<>();
    private volatile Parts parts;

    /** How an edition reads what it is made of, the first time it is asked. */
    interface Parts {
        Dynamics dynamics();

        List<PublishedEvent> events();

        Optional<PublishedRevision> revision(int number);

        /** The codebook readers see: the anchors resolved against the published events. */
        default PublishedCodebook codebook() {
            return PublishedCodebook.NONE;
        }
    }

    /** keeps: whether what is made from it may be kept (not inside a transaction that writes, which may yet roll back). */
    Edition(List<PublishedIssue> issues, Map<Integer, Long> rows, Function<Edition, Parts> reader, boolean keeps) {
        this(issues, rows, List.of(), reader, keeps);
    }

    /** anchors: the codebook as stored; readers see the anchors whose events this edition publishes. */
    Edition(List<PublishedIssue> issues, Map<Integer, Long> rows, List<Anchor> anchors, Function<Edition, Parts> reader, boolean keeps) {
        this.anchors = List.copyOf(anchors);
        this.issues = List.copyOf(issues);
        this.rows = Map.copyOf(rows);
        this.reader = reader;
        this.keeps = keeps;
    }

    /** Every published issue as its latest published revision, in number order. */
    public List<PublishedIssue> issues() {
        return issues;
    }

    /** Names this edition: equal keys mean the same published content, the codebook included. */
    public String key() {
        String revisions = issues.stream().map(issue -> key(issue.number())).collect(Collectors.joining(","));
        return anchors.isEmpty() ? revisions : revisions + ";codebook:" + anchors.size() + "." + Integer.toHexString(anchors.hashCode());
    }

    /** The codebook's anchors as stored when this edition was read. */
    List<Anchor> anchors() {
        return anchors;
    }

    /** Names the published revision of one issue, content and all; null if the issue is not published. */
    public String key(int number) {
        Long row = rows.get(number);
        return row == null ? null : number + "." + issue(number).orElseThrow().revision() + "#" + row;
    }

    /** The stored row of each published revision, by issue number. */
    Map<Integer, Long> rows() {
        return rows;
    }

    public Optional<PublishedIssue> issue(int number) {
        return issues.stream().filter(issue -> issue.number() == number).findFirst();
    }

    public Optional<PublishedIssue> latest() {
        return issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(issues.size() - 1));
    }

    /** When anything readers can see last changed: the latest publication; empty if nothing is published. */
    public Optional<OffsetDateTime> lastPublished() {
        return issues.stream().map(PublishedIssue::publishedAt).filter(Objects::nonNull).max(OffsetDateTime::compareTo);
    }

    /** The indices of every published issue, added up by the store, without reading a single event. */
    public Dynamics dynamics() {
        return made("dynamics", () -> parts().dynamics());
    }

    /** Every published event, issue by issue, as each issue presents its catalogues. */
    public List<PublishedEvent> events() {
        return made("events", () -> parts().events());
    }

    /** The word index of {@link #events()}: made once, and made again only with a new edition. */
    EventIndex index() {
        return made("index", () -> EventIndex.of(events()));
    }

    /** The codebook readers see with this edition. */
    public PublishedCodebook codebook() {
        return made("codebook", () -> parts().codebook());
    }

    /** Everything one published issue publishes; empty if it is not published. */
    public Optional<PublishedRevision> revision(int number) {
        return made("revision:" + number, () -> parts().revision(number));
    }

    /**
     * The range of an index of a published issue with the second coder's scores (a part: a relationship's code,
     * "national", "regional"), where they give another index; empty otherwise. Reliability is read with the revision.
     */
    public Optional<PartReliability> range(int number, String part) {
        return revision(number).flatMap(revision -> PartReliability.ranged(revision.reliability(), part));
    }

    /**
     * Something made from this edition (a page's data, the bytes of a download), made on first use and then kept with
     * the edition: the same key always names the same thing.
     */
    @SuppressWarnings("unchecked")
    public <T> T made(String key, Supplier<T> make) {
        if (!keeps) {
            return make.get();
        }
        Object known = made.get(key);
        if (known == null) {
            known = make.get();
            Object raced = made.putIfAbsent(key, known);
            known = raced == null ? known : raced;
        }
        return (T) known;
    }

    private Parts parts() {
        Parts read = parts;
        if (read == null) {
            read = reader.apply(this);
            parts = read;
        }
        return read;
    }
}
