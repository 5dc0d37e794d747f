package io.steward.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FallbackExceptionHandlerTest {
    @Test
    void installsForEveryThreadAndShowsOneFriendlyDialogForABurstOfErrors() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            FallbackExceptionHandler handler = FallbackExceptionHandler.install();
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(handler);
            assertThat(FallbackExceptionHandler.install()).isSameAs(handler);
            RecordingDialogService dialogs = new RecordingDialogService();
            handler.showDialogsWith(dialogs);

            for (int i = 0; i < 5; i++) {
                handler.uncaughtException(Thread.currentThread(), new IllegalStateException("loop " + i));
            }

            assertThat(dialogs.shown).singleElement().satisfies(shown -> {
                assertThat(shown.kind()).isEqualTo("error");
                assertThat(shown.title()).isEqualTo("Something went wrong");
                assertThat(shown.message()).doesNotContain("IllegalStateException").doesNotContain("\tat ");
                assertThat(shown.error()).hasMessage("loop 0");
            });
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
