package org.barometer.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * DejaVu Sans, regular, bold and their oblique faces, shipped in resources/fonts with its licence: the PDF embeds it
 * (emphasis in a real oblique face, never a synthetic slant), and the charts are measured and drawn with it, so that
 * output never depends on the fonts of the machine. It covers Cyrillic and the Latin letters of Belarusian, Polish and
 * Lithuanian names (ŭ č š ž ł ń ć ź).
 */
enum BundledFont {
    REGULAR("fonts/DejaVuSans.ttf", 400, false),
    BOLD("fonts/DejaVuSans-Bold.ttf", 700, false),
    OBLIQUE("fonts/DejaVuSans-Oblique.ttf", 400, true),
    BOLD_OBLIQUE("fonts/DejaVuSans-BoldOblique.ttf", 700, true);

    static final String FAMILY = "DejaVu Sans";

    private final byte[] bytes;
    private final int weight;
    private final boolean oblique;

    BundledFont(String resource, int weight, boolean oblique) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            this.bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font " + resource + " is missing", e);
        }
        this.weight = weight;
        this.oblique = oblique;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    int weight() {
        return weight;
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
