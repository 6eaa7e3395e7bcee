package org.barometer.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;

/**
 * DejaVu Sans, regular, bold and their oblique faces, shipped in resources/fonts with its licence: the PDF embeds it
 * (emphasis in a real oblique face, never a synthetic slant), and the charts are measured and drawn with it, so that
 * output never depends on the fonts of the machine. It covers Cyrillic and the Latin letters of Belarusian, Polish and
 * Lithuanian names (ŭ č š ž ł ń ć ź). The PDF gets each face without its glyph substitutions (GSUB): every character is
 * drawn as its own glyph, so text copied or extracted from the PDF is the text written (never a ligature such as ﬁ), and
 * no time goes into shaping text that needs none. Characters DejaVu Sans lacks (Chinese, Japanese, Korean) come from the
 * bundled Droid Sans Fallback, the next family in the publication's font list, so no name prints as "###".
 */
enum BundledFont {
    REGULAR("fonts/DejaVuSans.ttf", 400, false),
    BOLD("fonts/DejaVuSans-Bold.ttf", 700, false),
    OBLIQUE("fonts/DejaVuSans-Oblique.ttf", 400, true),
    BOLD_OBLIQUE("fonts/DejaVuSans-BoldOblique.ttf", 700, true),
    /**
     * Chinese, Japanese and Korean characters, which DejaVu Sans lacks (a Chinese ambassador's name in his own script);
     * one face, which the PDF offers for regular and bold text alike.
     */
    FALLBACK("fonts/DroidSansFallback.ttf", 400, false, "Droid Sans Fallback");

    static final String FAMILY = "DejaVu Sans";

    private final byte[] bytes;
    private final byte[] unsubstituted;
    private final int weight;
    private final boolean oblique;
    private final String family;

    BundledFont(String resource, int weight, boolean oblique) {
        this(resource, weight, oblique, FAMILY);
    }

    BundledFont(String resource, int weight, boolean oblique, String family) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            this.bytes = in.readAllBytes();
            this.unsubstituted = withoutTable(bytes, "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font " + resource + " is missing", e);
        }
        this.weight = weight;
        this.oblique = oblique;
        this.family = family;
    }

    /** The CSS font family the face belongs to: DejaVu Sans, or the fallback for the characters it lacks. */
    String family() {
        return family;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    /** The face as the PDF embeds it: without glyph substitutions. */
    InputStream pdfStream() {
        return new ByteArrayInputStream(unsubstituted);
    }

    /**
     * A copy of a TrueType font whose table of the given tag is renamed in the table directory (to the tag in lower
     * case), so that readers of the font no longer find it; the glyphs, metrics and every other table stay as they are.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        byte[] copy = font.clone();
        ByteBuffer directory = ByteBuffer.wrap(copy);
        int tables = directory.getShort(4) & 0xFFFF;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (Arrays.equals(copy, record, record + 4, wanted, 0, 4)) {
                byte[] renamed = tag.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(renamed, 0, copy, record, 4);
            }
        }
        return copy;
    }

    int weight() {
        return weight;
    }

    /** The weights the PDF offers this face for: its own, and bold too for the fallback, which has no bold face. */
    java.util.List<Integer> pdfWeights() {
        return family.equals(FAMILY) ? java.util.List.of(weight) : java.util.List.of(400, 700);
    }

    /** Whether the face is the one CSS's font-style italic (or oblique) selects. */
    boolean oblique() {
        return oblique;
    }

    static {
        // Rendering needs fonts and offscreen images only, never a window; servers and tests have no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (BundledFont font : values()) {
            if (!font.family().equals(FAMILY)) {
                continue; // the charts are drawn in DejaVu Sans only
            }
            try {
                graphics.registerFont(Font.createFont(Font.TRUETYPE_FONT, font.stream()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font " + font + " cannot be read", e);
            }
        }
    }

    /** Makes the bundled faces known to Java's graphics, which draw and measure the charts; done once, on first use. */
    static void registerForCharts() {
        // the static initialiser does the work
    }
}
