package io.steward.importers.values;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every timestamp shape of docs/FORMATS-SUPPORTED.md normalises to UTC; sentinels never become dates. */
class TimeValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-05-16T18:13:11+00:00            | 2016-05-16T18:13:11Z",
        "2019-05-07T18:55:12Z                 | 2019-05-07T18:55:12Z",
        "2019-12-18 19:10:08+00:00            | 2019-12-18T19:10:08Z",
        "2021-09-09T19:50:29.3086381Z         | 2021-09-09T19:50:29.308638100Z",
        "2023-02-10T18:17:27.089757383Z       | 2023-02-10T18:17:27.089757383Z",
        "2018-05-19T11:35:54.466476215-04:00  | 2018-05-19T15:35:54.466476215Z",
        "2023-05-16T08:47:09.000-07:00        | 2023-05-16T15:47:09Z",
        "1523979354                           | 2018-04-17T15:35:54Z",
        "2022-10-24                           | 2022-10-24T00:00:00Z",
        "2024-01-01T10:00:00+0530             | 2024-01-01T04:30:00Z",
        "2024-01-01T10:00:00+05               | 2024-01-01T05:00:00Z",
        "2024-01-01T10:00                     | 2024-01-01T10:00:00Z",
        "2024/03/04                           | 2024-03-04T00:00:00Z",
        "1700000000000                        | 2023-11-14T22:13:20Z",
        "' 2019-05-07T18:55:12Z '             | 2019-05-07T18:55:12Z",
    })
    void parsesEveryShapeToUtc(String text, String expected) {
        assertThat(TimeValues.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "n/a", "no_information", "not_supported", "", "  ", "null", "0", "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z", "9999-12-31", "-"})
    void sentinelsAndNullIshAreNotDates(String text) {
        assertThat(TimeValues.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2024-02-30T00:00:00Z", "2024-01-01T25:00:00Z", "12/24/2024", "42",
        "2024-01-01T10:00:00+99:00", "2024-01-01T10:00:00.Z", "2024-01-01X10:00:00Z", "ghp_notatime"})
    void rejectsWhatIsNotATimeWithoutEchoingIt(String text) {
        assertThatThrownBy(() -> TimeValues.parse(text)).isInstanceOf(InvalidValueException.class)
                .message().doesNotContain(text.strip());
    }

    @Test
    void jsonShapes() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(TimeValues.parse(m.readTree("1523979354"))).isEqualTo(Instant.parse("2018-04-17T15:35:54Z"));
        assertThat(TimeValues.parse(m.readTree("\"1552410266\""))).isEqualTo(Instant.parse("2019-03-12T17:04:26Z"));
        assertThat(TimeValues.parse(m.readTree("0"))).isNull();
        assertThat(TimeValues.parse(m.readTree("null"))).isNull();
        assertThat(TimeValues.parse(m.readTree(
                "{\"__class__\":\"datetime\",\"year\":2019,\"month\":5,\"day\":7,\"hour\":18,\"minute\":55,\"second\":12,\"microsecond\":250}")))
                .isEqualTo(Instant.parse("2019-05-07T18:55:12.000250Z"));
        assertThatThrownBy(() -> TimeValues.parse(m.readTree("[1,2]"))).isInstanceOf(InvalidValueException.class);
    }
}
