package org.barometer.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTests {

    @Test
    void quotesEveryCellASpreadsheetWouldExecute() {
        assertThat(SpreadsheetSafe.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetSafe.text("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.text("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetSafe.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOrdinaryTextAsWritten() {
        assertThat(SpreadsheetSafe.text("Mid-September")).isEqualTo("Mid-September");
        assertThat(SpreadsheetSafe.text("Встреча в Сочи")).isEqualTo("Встреча в Сочи");
        assertThat(SpreadsheetSafe.text("")).isEmpty();
        assertThat(SpreadsheetSafe.text(null)).isEmpty();
    }
}
