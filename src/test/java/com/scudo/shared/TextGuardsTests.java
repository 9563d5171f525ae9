package com.scudo.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextGuardsTests {

    @Test
    void bidirectionalAndControlCharactersAreHiddenCharacters() {
        for (String spoof : new String[]{"a\u202Eb", "a\u2066b", "a\u200Fb", "a\u061Cb", "a\u0007b", "a\nb"}) {
            assertThat(PlainText.hasHiddenCharacters(spoof)).as(spoof).isTrue();
        }
        assertThat(PlainText.hasHiddenCharacters("Zoë Ørsted-Łukasz 東京 عربي")).isFalse();
        assertThat(PlainText.hasHiddenCharacters(null)).isFalse();
    }

    @Test
    void formulaStartsBecomeTextAndCsvIsQuoted() {
        assertThat(SpreadsheetCell.text("=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetCell.text("+49 30")).isEqualTo("'+49 30");
        assertThat(SpreadsheetCell.text("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCell.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCell.text("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCell.text("Ann")).isEqualTo("Ann");
        assertThat(SpreadsheetCell.csv("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(SpreadsheetCell.csv(null)).isEmpty();
    }
}
