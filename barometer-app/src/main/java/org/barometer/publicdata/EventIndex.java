package org.barometer.publicdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One Lucene index, in memory, of the events of an edition: the English description analysed as English, the Russian
 * one as Russian, so that a word finds its other forms ("visits" finds "visit", "санкций" finds "санкции"). It is made
 * once per edition, and a publication makes a new edition: so each server builds its own from the store it reads.
 * A document's number is the event's place in the edition's list (one segment, merged in order).
 */
final class EventIndex {

    private static final String EN = "en";
    private static final String RU = "ru";
    /** Words of a text searched for, per language: both languages together stay under Lucene's 1,024 clauses. */
    private static final int MAX_TERMS = 500;
    // Analyzers are safe to share between threads: each keeps its token streams per thread.
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer RUSSIAN = new RussianAnalyzer();
    private static final Analyzer BY_FIELD = new PerFieldAnalyzerWrapper(ENGLISH, Map.of(RU, RUSSIAN));

    private final List<PublishedEvent> events;
    private final IndexSearcher searcher;

    private EventIndex(List<PublishedEvent> events, IndexSearcher searcher) {
        this.events = events;
        this.searcher = searcher;
    }

    static EventIndex of(List<PublishedEvent> events) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(BY_FIELD).setMergePolicy(new LogDocMergePolicy())
                .setMergeScheduler(new SerialMergeScheduler());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (PublishedEvent event : events) {
                Document document = new Document();
                document.add(new TextField(EN, event.description(), Field.Store.NO));
                document.add(new TextField(RU, event.descriptionRu(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new EventIndex(List.copyOf(events), new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The places of the events the text finds: every word of it in the English description, or every word of it in the
     * Russian one. Null when not one word of it can be searched for (stop words or signs only).
     */
    BitSet matching(String text) {
        Query english = every(EN, terms(ENGLISH, EN, text));
        Query russian = every(RU, terms(RUSSIAN, RU, text));
        if (english == null && russian == null) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (Query query : new Query[] {english, russian}) {
            if (query != null) {
                either.add(query, Occur.SHOULD);
            }
        }
        BitSet found = new BitSet(events.size());
        for (ScoreDoc hit : hits(either.build())) {
            found.set(hit.doc);
        }
        return found;
    }

    /** The events most like the text, the most alike first, among those given; any word in either language counts. */
    List<Suggestions.Suggestion> similar(String text, int count, Predicate<PublishedEvent> among) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> english = terms(ENGLISH, EN, text);
        List<String> russian = terms(RUSSIAN, RU, text);
        english.forEach(term -> any.add(new TermQuery(new Term(EN, term)), Occur.SHOULD));
        russian.forEach(term -> any.add(new TermQuery(new Term(RU, term)), Occur.SHOULD));
        if (english.isEmpty() && russian.isEmpty()) {
            return List.of();
        }
        List<Suggestions.Suggestion> found = new ArrayList<>();
        for (ScoreDoc hit : hits(any.build())) {
            PublishedEvent event = events.get(hit.doc);
            if (among.test(event)) {
                found.add(new Suggestions.Suggestion(event, hit.score));
                if (found.size() == count) {
                    break;
                }
            }
        }
        return found;
    }

    private ScoreDoc[] hits(Query query) {
        try {
            return searcher.search(query, Math.max(1, events.size())).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query every(String field, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(term -> all.add(new TermQuery(new Term(field, term)), Occur.MUST));
        return all.build();
    }

    /** Each word once, and no more than a query may hold (a description has up to 1,000 characters a language). */
    private static List<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
