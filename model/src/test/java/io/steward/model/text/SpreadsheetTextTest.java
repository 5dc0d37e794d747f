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
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(SpreadsheetText.inert("arn:aws:iam::1:user/a=b")).isEqualTo("arn:aws:iam::1:user/a=b");
        assertThat(SpreadsheetText.inert("")).isEmpty();
        assertThat(SpreadsheetText.inert(null)).isNull();
    }
}
