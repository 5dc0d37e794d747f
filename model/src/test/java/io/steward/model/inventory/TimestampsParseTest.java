package io.steward.model.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimestampsParseTest {
    @Test
    void theStoredFormParsesToTheSameInstantAsTheIsoParser() {
        for (String s : new String[] {"2024-01-01T00:00:00.000Z", "2016-05-16T18:13:11.042Z", "2024-02-29T23:59:59.999Z",
                "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.001Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"}) {
            assertEquals(Instant.parse(s), Timestamps.parse(s), s);
        }
        Instant t = Instant.parse("2000-03-01T12:34:56.789Z");
        for (int i = 0; i < 2_000; i++) {
            Instant x = t.plusSeconds(i * 7_919_113L).plusMillis(i);
            assertEquals(x, Timestamps.parse(Timestamps.format(x)));
        }
    }

    @Test
    void otherIsoFormsAndBadTextGoThroughTheIsoParser() {
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), Timestamps.parse("2024-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2024-01-01T00:00:00.123456Z"), Timestamps.parse("2024-01-01T00:00:00.123456Z"));
        assertEquals(null, Timestamps.parse(null));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2023-02-29T00:00:00.000Z"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2023-13-01T00:00:00.000Z"));
        // the ISO parser reads 24:00 as the end of the day; the fast path leaves that to it
        assertEquals(Instant.parse("2023-01-01T24:00:00.000Z"), Timestamps.parse("2023-01-01T24:00:00.000Z"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2023-01-01 00:00:00.000Z"));
    }
}
