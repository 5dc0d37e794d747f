package io.steward.importers.values;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BooleansTest {
    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "Y", "y", "Yes", "YES", "1", " true "})
    void trueStyles(String text) {
        assertThat(Booleans.parse(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "N", "n", "No", "no", "0"})
    void falseStyles(String text) {
        assertThat(Booleans.parse(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_supported", "N/A", "", "null"})
    void unknown(String text) {
        assertThat(Booleans.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "enabled"})
    void rejectsOthers(String text) {
        assertThatThrownBy(() -> Booleans.parse(text)).isInstanceOf(InvalidValueException.class);
    }
}
