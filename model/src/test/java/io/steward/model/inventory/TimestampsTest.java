package io.steward.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The digit-by-digit parse and ISO text agree with java.time's own on every instant they handle. */
class TimestampsTest {
    @Test
    void parseAndIsoAgreeWithJavaTimeOverManyInstants() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(0, 253_402_300_800L);
            int millis = i % 3 == 0 ? 0 : random.nextInt(1000);
            Instant t = Instant.ofEpochSecond(second, millis * 1_000_000L);
            String stored = Timestamps.format(t);
            assertThat(Timestamps.parse(stored)).isEqualTo(Instant.parse(stored)).isEqualTo(t);
            assertThat(Timestamps.iso(t)).isEqualTo(t.toString());
        }
    }

    @Test
    void formatAgreesWithJavaTimeFromYearZeroAndRefusesOtherYears() {
        java.time.format.DateTimeFormatter stored = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(11);
        long yearZero = -62_167_219_200L;
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(yearZero, 253_402_300_800L), random.nextInt(1000) * 1_000_000L);
            assertThat(Timestamps.format(t)).isEqualTo(stored.format(t));
        }
        assertThat(Timestamps.format(Instant.ofEpochSecond(yearZero))).isEqualTo("0000-01-01T00:00:00.000Z");
        assertThat(Timestamps.format(Instant.ofEpochSecond(253_402_300_799L, 999_000_000))).isEqualTo("9999-12-31T23:59:59.999Z");
        assertThatThrownBy(() -> Timestamps.format(Instant.ofEpochSecond(yearZero - 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.format(Instant.ofEpochSecond(253_402_300_800L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void edgesAndOtherFormsGoToJavaTime() {
        assertThat(Timestamps.parse("2024-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
        assertThat(Timestamps.parse("1970-01-01T00:00:00.000Z")).isEqualTo(Instant.EPOCH);
        assertThat(Timestamps.parse("2024-11-20T09:00:00Z")).isEqualTo(Instant.parse("2024-11-20T09:00:00Z"));
        assertThat(Timestamps.parse(null)).isNull();
        assertThat(Timestamps.iso(null)).isNull();
        assertThat(Timestamps.iso(Instant.ofEpochSecond(5, 123_456))).isEqualTo(Instant.ofEpochSecond(5, 123_456).toString());
        assertThat(Timestamps.iso(Instant.ofEpochSecond(-5))).isEqualTo("1969-12-31T23:59:55Z");
        // no such day, or 24:00: whatever java.time makes of it, as before
        assertThatThrownBy(() -> Timestamps.parse("2023-02-29T00:00:00.000Z")).isInstanceOf(DateTimeParseException.class);
        assertThat(Timestamps.parse("2023-01-01T24:00:00.000Z")).isEqualTo(Instant.parse("2023-01-01T24:00:00.000Z"));
    }
}
