package io.steward.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.BadInputException;
import io.steward.model.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    @Test
    void userFacingMessagesPassThroughAndOthersGetAPlainSentence() {
        assertThat(ErrorReport.of(new StoreException("The ledger is locked. Try again.")).message())
                .isEqualTo("The ledger is locked. Try again.");
        assertThat(ErrorReport.of(new BadInputException(Path.of("a.csv"), "line 3", "no id column")).message())
                .isEqualTo("a.csv, line 3: no id column");
        assertThat(ErrorReport.of(new BackgroundTaskException("t", new StoreException("inner, for users"))).message())
                .isEqualTo("inner, for users");
        ErrorReport npe = ErrorReport.of(new NullPointerException("x is null"));
        assertThat(npe.message()).doesNotContain("NullPointer").doesNotContain("\tat ");
        assertThat(npe.details()).startsWith("Error ID: E-").contains("NullPointerException").contains("\tat ");
    }

    @Test
    void theSameFaultAtTheSamePlaceHasTheSameId() {
        List<ErrorReport> twice = IntStream.range(0, 2).mapToObj(i -> ErrorReport.of(fault())).toList();
        ErrorReport first = twice.get(0);
        ErrorReport second = twice.get(1);
        ErrorReport other = ErrorReport.of(new IllegalArgumentException());

        assertThat(first.errorId()).matches("E-[0-9A-F]{8}").isEqualTo(second.errorId()).isNotEqualTo(other.errorId());
        assertThat(first.details()).startsWith("Error ID: " + first.errorId());
    }

    private static RuntimeException fault() {
        return new IllegalStateException("same place");
    }
}
