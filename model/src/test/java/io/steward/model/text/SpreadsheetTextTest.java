package io.steward.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx", "\0x",
            "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20A1"})
    void formulaStartsAreMadeInert(String cell) {
        assertThat(SpreadsheetText.inert(cell)).isEqualTo("'" + cell);
        assertThat(SpreadsheetText.isFormulaTrigger(cell)).isTrue();
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(SpreadsheetText.inert("arn:aws:iam::1:user/a=b")).isEqualTo("arn:aws:iam::1:user/a=b");
        assertThat(SpreadsheetText.inert("")).isEmpty();
        assertThat(SpreadsheetText.inert(null)).isNull();
        assertThat(SpreadsheetText.isFormulaTrigger(" =1")).isFalse();
    }

    @Test
    void longTextIsCutToOneCellWithAVisibleMark() {
        String longText = "x".repeat(SpreadsheetText.MAX_CELL_CHARS + 10);
        String cell = SpreadsheetText.fitCell(longText);
        assertThat(cell).hasSize(SpreadsheetText.MAX_CELL_CHARS).endsWith("longer than a cell holds]");
        assertThat(SpreadsheetText.wasCut(cell)).isTrue();
        assertThat(longText).startsWith(SpreadsheetText.keptPart(cell));
        assertThat(SpreadsheetText.fitCell("short")).isEqualTo("short");
        assertThat(SpreadsheetText.wasCut("short")).isFalse();
    }

    @Test
    void charactersXmlForbidsBecomeReplacementCharacters() {
        assertThat(SpreadsheetText.cellText("a\u0000b\u0007c\td\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFD");
        assertThat(SpreadsheetText.cellText("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
        assertThat(SpreadsheetText.cellText("lone \uD83D end")).isEqualTo("lone \uFFFD end");
        assertThat(SpreadsheetText.cellText(null)).isNull();
    }
}
