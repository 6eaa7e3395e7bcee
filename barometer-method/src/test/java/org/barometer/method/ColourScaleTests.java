package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColourScaleTests {

    private static final ColourBand WHITE = new ColourBand("White", -1, null, "low");
    private static final ColourBand GREEN = new ColourBand("Green", -6, -2, "cautious attention");
    private static final ColourBand YELLOW = new ColourBand("Yellow", -12, -7, "close attention");
    private static final ColourBand ORANGE = new ColourBand("Orange", -17, -13, "threatening");
    private static final ColourBand RED = new ColourBand("Red", null, -18, "pre-war");

    @ParameterizedTest(name = "regional total {0} is {1}")
    @CsvSource({
        "5, White", "0, White", "-1, White",
        "-2, Green", "-6, Green",
        "-7, Yellow", "-12, Yellow",
        "-13, Orange", "-17, Orange",
        "-18, Red", "-100, Red"})
    void defaultScaleGivesTheColourOfTheMethodAtEveryBandEdge(int total, String colour) {
        assertThat(ColourScale.DEFAULT.levelFor(total).colour()).isEqualTo(colour);
    }

    @Test
    void defaultScaleHasTheFiveBandsFromWhiteDownToRed() {
        assertThat(ColourScale.DEFAULT.bands()).extracting(ColourBand::colour)
                .containsExactly("White", "Green", "Yellow", "Orange", "Red");
    }

    @Test
    void findsABandByColourInAnyLetterCase() {
        assertThat(ColourScale.DEFAULT.band(" yellow ")).get().returns(-12, ColourBand::lowest).returns(-7, ColourBand::highest);
        assertThat(ColourScale.DEFAULT.band("Purple")).isEmpty();
    }

    @Test
    void acceptsBandsInAnyOrderAndSortsThemFromHighest() {
        ColourScale scale = new ColourScale(List.of(ORANGE, WHITE, RED, YELLOW, GREEN));

        assertThat(scale.bands()).containsExactly(WHITE, GREEN, YELLOW, ORANGE, RED);
        assertThat(scale).isEqualTo(new ColourScale(List.of(WHITE, GREEN, YELLOW, ORANGE, RED)));
        assertThat(scale.levelFor(-9).colour()).isEqualTo("Yellow");
    }

    @Test
    void worksWithACustomThreeBandScale() {
        ColourScale scale = new ColourScale(List.of(
                new ColourBand("Calm", 0, null, ""),
                new ColourBand("Tense", -9, -1, ""),
                new ColourBand("Crisis", null, -10, "")));

        assertThat(scale.levelFor(3).colour()).isEqualTo("Calm");
        assertThat(scale.levelFor(0).colour()).isEqualTo("Calm");
        assertThat(scale.levelFor(-1).colour()).isEqualTo("Tense");
        assertThat(scale.levelFor(-9).colour()).isEqualTo("Tense");
        assertThat(scale.levelFor(-10).colour()).isEqualTo("Crisis");
    }

    @Test
    void refusesScaleWithGap() {
        List<ColourBand> bands = List.of(WHITE, new ColourBand("Green", -6, -3, ""), YELLOW, ORANGE, RED);

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("totals -2 have no colour")
                .hasMessageContaining("gap")
                .hasMessageContaining("Green")
                .hasMessageContaining("White");
    }

    @Test
    void refusesScaleWithWiderGapNamingEveryTotalLeftOut() {
        List<ColourBand> bands = List.of(WHITE, GREEN, new ColourBand("Yellow", -12, -9, ""), ORANGE, RED);

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("totals -8..-7 have no colour")
                .hasMessageContaining("Yellow")
                .hasMessageContaining("Green");
    }

    @Test
    void refusesScaleWithOverlap() {
        List<ColourBand> bands = List.of(WHITE, new ColourBand("Green", -7, -2, ""), YELLOW, ORANGE, RED);

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("overlap at -7")
                .hasMessageContaining("Green (-7..-2)")
                .hasMessageContaining("Yellow (-12..-7)");
    }

    @Test
    void refusesScaleWithTwoBandsOpenUpwards() {
        List<ColourBand> bands = List.of(WHITE, new ColourBand("Blue", -5, null, ""), RED);

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("overlap")
                .hasMessageContaining("White")
                .hasMessageContaining("Blue");
    }

    @Test
    void refusesScaleWithClosedTop() {
        List<ColourBand> bands = List.of(new ColourBand("White", -1, 10, ""), GREEN, YELLOW, ORANGE, RED);

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("totals above 10 have no colour")
                .hasMessageContaining("White");
    }

    @Test
    void refusesScaleWithClosedBottom() {
        List<ColourBand> bands = List.of(WHITE, GREEN, YELLOW, ORANGE, new ColourBand("Red", -30, -18, ""));

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("totals below -30 have no colour")
                .hasMessageContaining("Red");
    }

    @Test
    void refusesTwoBandsWithTheSameColour() {
        List<ColourBand> bands = List.of(WHITE, GREEN, new ColourBand("Green", null, -7, ""));

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("the colour Green names two bands");
    }

    @Test
    void refusesTwoBandsWhoseColoursDifferOnlyInLetterCase() {
        List<ColourBand> bands = List.of(WHITE, GREEN, new ColourBand("GREEN", null, -7, ""));

        assertThatThrownBy(() -> new ColourScale(bands))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("names two bands");
    }

    @Test
    void refusesEmptyScale() {
        assertThatThrownBy(() -> new ColourScale(List.of()))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("at least one band");
    }

    @Test
    void refusesBandWhoseLowestIsAboveItsHighest() {
        assertThatThrownBy(() -> new ColourBand("Yellow", -7, -12, ""))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("Yellow")
                .hasMessageContaining("-7")
                .hasMessageContaining("-12")
                .hasMessageContaining("lowest total is above its highest");
    }

    @Test
    void refusesBandWithoutColour() {
        assertThatThrownBy(() -> new ColourBand(" ", -1, null, ""))
                .isInstanceOf(ScaleException.class)
                .hasMessageContaining("colour name");
    }

    @Test
    void writesBandRangesAsTheScaleTableDoes() {
        assertThat(WHITE.range()).isEqualTo("-1 and above");
        assertThat(YELLOW.range()).isEqualTo("-12..-7");
        assertThat(RED.range()).isEqualTo("-18 and below");
    }
}
