package org.barometer.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.issue.Author;
import org.barometer.method.InputRules;
import org.barometer.method.NarrativeParts;

/**
 * The words of a published issue's text beside its catalogues, all in English: the cover's publisher, the foreword with
 * its signature, each relationship's trends, developments and forecast, the security barometer (its trends and forecast,
 * national and regional security), the authors and the acknowledgements. Page headers, the contents list, chart labels
 * and figures are left out; a paragraph that a page break split (its second piece starts in lower case) is joined
 * again. Every other line it cannot place is a {@link Notice}.
 */
final class PublishedNarrative {

    private static final Pattern SALUTATION = Pattern.compile("^Dear\\b.*!$");
    private static final Pattern CLOSING = Pattern.compile("^(Yours\\b.*|Sincerely\\b.*|Respectfully\\b.*|(With )?(best |kind )?regards\\b.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^\\d{1,3}\\s+(\\S.*)$");
    private static final Pattern KNOWN_ENTRY = Pattern.compile("^\\d{1,3}\\s+(Relationship with|Security Barometer|Appendix|Authors|Contents)\\b.*$");
    private static final Pattern RELATIONSHIP_HEADING = Pattern.compile("^Relationship with (.+?)\\s*$");
    private static final Pattern SECURITY_HEADING = Pattern.compile("^Security Barometer\\b.*$");
    private static final Pattern FIGURE = Pattern.compile("^(Aggregate index|Positive points|Negative points)\\s*:.*$");
    private static final Pattern NUMBER = Pattern.compile("^[+\\-−–]?\\s*\\d+(\\s*\\(\\p{L}+\\))?$");
    private static final Pattern APPENDIX = Pattern.compile("^Appendix (\\d+)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\.\\s+\\S.*$");
    private static final Pattern BULLET = Pattern.compile("^[-•–—*]\\s+(\\S.*)$");
    private static final Pattern NATIONAL = Pattern.compile("^\\d+\\.\\s*National security$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGIONAL = Pattern.compile("^\\d+\\.\\s*Regional security$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRENDS = Pattern.compile("^Trends$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVELOPMENTS = Pattern.compile("^(Developments|Events)\\b(\\s+\\S+){0,4}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORECAST = Pattern.compile("^Forecasts?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3},\\s+\\S.*$");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "no", "vs", "etc", "e.g", "i.e");
    private static final int PUBLISHER_LINES = 4;

    private enum Stage { COVER, FOREWORD, SIGNATURE, CONTENTS, PUBLISHER, FIGURES, SECTION, APPENDIX, AUTHORS }

    /** The words read, and the lines that found no place. */
    record Read(IssueWords words, List<Notice> notices) {
    }

    private final String source;
    private final List<String> lines;
    private final Predicate<String> pageHeader;
    private final String title;
    private final Function<String, String> codeOfSection;

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final List<String> signature = new ArrayList<>();
    private final List<Paragraph> back = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<String> publisherLines = new ArrayList<>();
    private final List<Integer> publisherLineNumbers = new ArrayList<>();
    private String publisher;

    private PublishedNarrative(String source, List<String> lines, Predicate<String> pageHeader, String title, Function<String, String> codeOfSection) {
        this.source = source;
        this.lines = lines;
        this.pageHeader = pageHeader;
        this.title = title;
        this.codeOfSection = codeOfSection;
    }

    /**
     * @param pageHeader whether a stripped line is a running page header
     * @param title the issue's title, which the cover's first lines repeat
     * @param codeOfSection the relationship code of a section's heading name ("the European Union" gives "eu")
     */
    static Read read(String source, List<String> lines, Predicate<String> pageHeader, String title, Function<String, String> codeOfSection) {
        return new PublishedNarrative(source, lines, pageHeader, title, codeOfSection).read();
    }

    private Read read() {
        Stage stage = Stage.COVER;
        Part part = null;
        String subject = null;
        boolean security = false;
        boolean captionMayFollow = false;
        int appendix = 0;
        boolean appendixCaption = false;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                captionMayFollow = false;
                if (stage == Stage.PUBLISHER && !publisherLines.isEmpty()) {
                    stage = endPublisher();
                }
                continue;
            }
            if (pageHeader.test(line)) {
                continue;
            }
            Matcher m;
            if (stage != Stage.APPENDIX) {
                int at = number;
                InputRules.characterProblem(line).ifPresent(reason -> {
                    throw new ImportException(source, at, lines.get(at - 1), "Narrative: " + reason);
                });
            }
            if ((m = APPENDIX.matcher(line)).matches()) {
                if (stage == Stage.PUBLISHER) {
                    endPublisher();
                }
                stage = Stage.APPENDIX;
                appendix = Integer.parseInt(m.group(1));
                appendixCaption = true;
                continue;
            }
            if (stage == Stage.APPENDIX) {
                if (line.equals("Authors")) {
                    stage = Stage.AUTHORS;
                } else if (appendix > 2 && !line.contains("\t")) {
                    if (!appendixCaption) {
                        notice(number, line);
                    }
                    appendixCaption = false;
                }
                continue;
            }
            if (stage == Stage.AUTHORS) {
                if (startsInLowerCase(line) && !back.isEmpty()) {
                    back.get(back.size() - 1).join(line);
                } else {
                    back.add(new Paragraph(number, line));
                }
                continue;
            }
            if ((m = RELATIONSHIP_HEADING.matcher(line)).matches()) {
                if (stage == Stage.PUBLISHER) {
                    endPublisher();
                }
                stage = Stage.SECTION;
                subject = codeOfSection.apply(m.group(1));
                security = false;
                part = null;
                continue;
            }
            if (SECURITY_HEADING.matcher(line).matches()) {
                if (stage == Stage.PUBLISHER) {
                    endPublisher();
                }
                stage = Stage.SECTION;
                subject = NarrativeParts.SECURITY;
                security = true;
                part = null;
                continue;
            }
            switch (stage) {
                case COVER -> {
                    if (SALUTATION.matcher(line).matches()) {
                        stage = Stage.FOREWORD;
                        part = part(NarrativeParts.FOREWORD, "text");
                        part.add(line, false);
                    } else if (KNOWN_ENTRY.matcher(line).matches()) {
                        stage = Stage.CONTENTS;
                        captionMayFollow = line.matches("^\\d+\\s+Appendix\\b.*");
                    } else if (!inTitle(line)) {
                        notice(number, line);
                    }
                }
                case FOREWORD -> {
                    if (CLOSING.matcher(line).matches() && line.length() < 60) {
                        stage = Stage.SIGNATURE;
                        signature.add(line);
                    } else if (KNOWN_ENTRY.matcher(line).matches()) {
                        stage = Stage.CONTENTS;
                        captionMayFollow = line.matches("^\\d+\\s+Appendix\\b.*");
                    } else if (!(SALUTATION.matcher(line).matches() && part.onlySalutation(line))) {
                        part.add(line, standsAlone(i));
                    }
                }
                case SIGNATURE -> {
                    if (CONTENTS_ENTRY.matcher(line).matches()) {
                        stage = Stage.CONTENTS;
                        captionMayFollow = line.matches("^\\d+\\s+Appendix\\b.*");
                    } else if (line.length() > 100) {
                        stage = Stage.FIGURES;
                        figure(number, line);
                    } else {
                        signature.add(line);
                    }
                }
                case CONTENTS -> {
                    if (CONTENTS_ENTRY.matcher(line).matches()) {
                        captionMayFollow = line.matches("^\\d+\\s+Appendix\\b.*");
                    } else if (!captionMayFollow) {
                        stage = Stage.PUBLISHER;
                        publisherLines.add(line);
                        publisherLineNumbers.add(number);
                    }
                }
                case PUBLISHER -> {
                    publisherLines.add(line);
                    publisherLineNumbers.add(number);
                }
                case FIGURES -> figure(number, line);
                case SECTION -> {
                    if (FIGURE.matcher(line).matches() || NUMBER.matcher(line).matches()) {
                        continue;
                    }
                    if (security && NATIONAL.matcher(line).matches()) {
                        subject = NarrativeParts.NATIONAL;
                        part = part(subject, "developments");
                    } else if (security && REGIONAL.matcher(line).matches()) {
                        subject = NarrativeParts.REGIONAL;
                        part = part(subject, "developments");
                    } else if (TRENDS.matcher(line).matches()) {
                        part = part(security ? NarrativeParts.SECURITY : subject, "trends");
                    } else if (FORECAST.matcher(line).matches()) {
                        part = part(security ? NarrativeParts.SECURITY : subject, "forecast");
                    } else if (DEVELOPMENTS.matcher(line).matches() && !security) {
                        part = part(subject, "developments");
                    } else if (part == null) {
                        notice(number, line);
                    } else {
                        part.add(line, standsAlone(i));
                    }
                }
                default -> throw new IllegalStateException(stage.name());
            }
        }
        if (stage == Stage.PUBLISHER) {
            endPublisher();
        }
        return new Read(new IssueWords(texts(), authors()), List.copyOf(notices));
    }

    /** The cover block after the contents: the publisher's name over a few short lines; anything else is noticed. */
    private Stage endPublisher() {
        boolean name = publisherLines.size() <= PUBLISHER_LINES
                && publisherLines.stream().allMatch(l -> l.length() <= 60 && !l.endsWith(":") && !l.endsWith("."));
        if (name && publisher == null) {
            publisher = String.join(" ", publisherLines);
        } else {
            for (int i = 0; i < publisherLines.size(); i++) {
                figure(publisherLineNumbers.get(i), publisherLines.get(i));
            }
        }
        publisherLines.clear();
        publisherLineNumbers.clear();
        return Stage.FIGURES;
    }

    /** A line of the cover's figures and charts: labels and numbers are left out, a sentence is noticed. */
    private void figure(int number, String line) {
        boolean label = NUMBER.matcher(line).matches() || FIGURE.matcher(line).matches() || line.endsWith(":")
                || (!line.matches(".*[.!?…\"”)]$") && line.split("\\s+").length <= 8);
        if (!label) {
            notice(number, line);
        }
    }

    private boolean inTitle(String line) {
        List<String> titleWords = List.of(words(title));
        return List.of(words(line)).stream().allMatch(titleWords::contains);
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
    }

    private void notice(int number, String line) {
        notices.add(Notice.of(source, number, line));
    }

    private Part part(String subject, String name) {
        return parts.computeIfAbsent(subject + "/" + name, key -> new Part(subject, name));
    }

    private List<IssueWords.Text> texts() {
        List<IssueWords.Text> texts = new ArrayList<>();
        if (publisher != null) {
            texts.add(new IssueWords.Text(NarrativeParts.COVER, "publisher", "en", publisher));
        }
        Part foreword = parts.remove(NarrativeParts.FOREWORD + "/text");
        if (foreword != null) {
            texts.add(foreword.text());
        }
        if (!signature.isEmpty()) {
            texts.add(new IssueWords.Text(NarrativeParts.FOREWORD, "signature", "en", String.join("\n", signature)));
        }
        parts.values().stream().filter(p -> !p.blocks.isEmpty()).forEach(p -> texts.add(p.text()));
        List<Paragraph> thanks = back.stream().dropWhile(p -> AUTHOR.matcher(p.text).matches()).toList();
        if (!thanks.isEmpty()) {
            texts.add(new IssueWords.Text(NarrativeParts.ACKNOWLEDGEMENTS, "thanks", "en",
                    String.join("\n\n", thanks.stream().map(p -> p.text).toList())));
        }
        return texts;
    }

    /** The authors' paragraphs before the first that is not one: "Name, affiliation. Biography…". */
    private List<Author> authors() {
        List<Author> authors = new ArrayList<>();
        for (Paragraph paragraph : back.stream().takeWhile(p -> AUTHOR.matcher(p.text).matches()).toList()) {
            String text = paragraph.text;
            int comma = text.indexOf(',');
            String name = text.substring(0, comma).strip();
            String rest = text.substring(comma + 1).strip();
            int end = firstSentenceEnd(rest);
            String affiliation = end < 0 ? rest.replaceFirst("\\.$", "") : rest.substring(0, end);
            String biography = end < 0 ? "" : rest.substring(end + 1).strip();
            refused(paragraph, "Author", InputRules.Field.AUTHOR_NAME, name);
            refused(paragraph, "Affiliation", InputRules.Field.AFFILIATION, affiliation);
            authors.add(new Author(authors.size(), name, affiliation, biography));
        }
        return authors;
    }

    private void refused(Paragraph paragraph, String field, InputRules.Field rule, String text) {
        InputRules.problem(rule, text).ifPresent(reason -> {
            throw new ImportException(source, paragraph.line, lines.get(paragraph.line - 1), field + ": " + reason);
        });
    }

    /** Where the first sentence ends: a full stop before a space and a capital, not one of an abbreviation (U.S., Dr.). */
    static int firstSentenceEnd(String text) {
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            int next = i + 2;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (next >= text.length() || !Character.isUpperCase(text.charAt(next))) {
                continue;
            }
            String word = text.substring(text.lastIndexOf(' ', i) + 1, i);
            boolean abbreviation = word.length() == 1 || word.contains(".") || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
            if (!abbreviation) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the line after this one is blank (or there is none). */
    private boolean standsAlone(int index) {
        return index + 1 >= lines.size() || lines.get(index + 1).isBlank();
    }

    private static boolean startsInLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }

    /** A long paragraph that stops mid-sentence: a page break split it, and the next line goes on with it. */
    private static boolean unfinished(String paragraph) {
        return paragraph.split("\\s+").length > 12 && !paragraph.matches("(?s).*[.!?:;\"”’)»…*]$");
    }

    /** A sub-heading: a short line that does not end as a sentence does. */
    private static boolean heading(String line) {
        return Character.isUpperCase(line.codePointAt(0)) && line.length() <= 100 && line.split("\\s+").length <= 12
                && !line.matches(".*[.,:;!?…\"”»)\\]]$");
    }

    private static final class Paragraph {
        final int line;
        String text;

        Paragraph(int line, String text) {
            this.line = line;
            this.text = text;
        }

        void join(String more) {
            text = text + " " + more;
        }
    }

    /** One part of the narrative, block by block: paragraphs, sub-headings, numbered and bulleted lists. */
    private static final class Part {
        final String subject;
        final String name;
        final List<Block> blocks = new ArrayList<>();

        Part(String subject, String name) {
            this.subject = subject;
            this.name = name;
        }

        /** Adds a line; a short one that stands alone (a blank line after it) and does not end as a sentence is a sub-heading. */
        void add(String line, boolean standsAlone) {
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && startsInLowerCase(line) && last.kind != Kind.HEADING) {
                last.join(line);
                return;
            }
            Matcher bullet = BULLET.matcher(line);
            if (last != null && last.kind == Kind.PARAGRAPH && unfinished(last.items.get(0)) && !bullet.matches()
                    && !NUMBERED.matcher(line).matches() && !(standsAlone && heading(line))) {
                last.join(line);
                return;
            }
            Kind kind = NUMBERED.matcher(line).matches() ? Kind.NUMBERED : bullet.matches() ? Kind.BULLETED
                    : standsAlone && heading(line) && !name.equals("trends") && !SALUTATION.matcher(line).matches() ? Kind.HEADING : Kind.PARAGRAPH;
            String item = kind == Kind.BULLETED ? "- " + bullet.group(1) : kind == Kind.HEADING ? "# " + line : line;
            if (last != null && last.kind == kind && (kind == Kind.NUMBERED || kind == Kind.BULLETED)) {
                last.items.add(item);
            } else {
                blocks.add(new Block(kind, item));
            }
        }

        /** Whether the part holds this salutation and nothing else yet: the extraction repeats it. */
        boolean onlySalutation(String line) {
            return blocks.size() == 1 && blocks.get(0).items.equals(List.of(line));
        }

        IssueWords.Text text() {
            return new IssueWords.Text(subject, name, "en", String.join("\n\n", blocks.stream().map(Block::markdown).toList()));
        }
    }

    private enum Kind { PARAGRAPH, HEADING, NUMBERED, BULLETED }

    private static final class Block {
        final Kind kind;
        final List<String> items = new ArrayList<>();

        Block(Kind kind, String first) {
            this.kind = kind;
            items.add(first);
        }

        void join(String more) {
            items.set(items.size() - 1, items.get(items.size() - 1) + " " + more);
        }

        String markdown() {
            return String.join("\n", items);
        }
    }
}
