package io.steward.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The task contract every executor shares (TaskRun), seen through the inline executor. */
class InlineTaskExecutorTest {
    final List<String> events = new ArrayList<>();

    @Test
    void successDeliversTheResultThenFinishes() {
        InlineTaskExecutor.immediate().submit(BackgroundTask.of("add", ctx -> 2 + 2)
                .onSuccess(r -> events.add("success " + r))
                .onFinished(() -> events.add("finished")));

        assertThat(events).containsExactly("success 4", "finished");
    }

    @Test
    void aHandledFailureGoesToTheHandlerThenFinishes() {
        InlineTaskExecutor.immediate().submit(BackgroundTask.of("read", ctx -> {
                    throw new IOException("disk gone");
                })
                .onFailure(e -> events.add("failure " + e.getMessage()))
                .onFinished(() -> events.add("finished")));

        assertThat(events).containsExactly("failure disk gone", "finished");
    }

    @Test
    void anUnhandledFailureIsRethrownOnTheUiThreadNamingTheTask() {
        assertThatThrownBy(() -> InlineTaskExecutor.immediate().submit(BackgroundTask.of("import file", ctx -> {
                    throw new IllegalStateException("boom");
                }).onFinished(() -> events.add("finished"))))
                .isInstanceOf(BackgroundTaskException.class)
                .hasMessageContaining("import file").hasRootCauseMessage("boom");
        assertThat(events).containsExactly("finished");
    }

    @Test
    void errorsStillClearBusyState() {
        InlineTaskExecutor.immediate().submit(BackgroundTask.of("link", ctx -> {
                    throw new NoClassDefFoundError("gone");
                })
                .onFailure(e -> events.add("failure " + e.getClass().getSimpleName()))
                .onFinished(() -> events.add("finished")));

        assertThat(events).containsExactly("failure NoClassDefFoundError", "finished");
    }

    @Test
    void cancellationReachesTheWorkAndTheCancelledHandler() {
        InlineTaskExecutor executor = InlineTaskExecutor.deferred();
        TaskHandle handle = executor.submit(BackgroundTask.of("long", ctx -> {
                    events.add("work saw cancelled=" + ctx.isCancelled());
                    if (ctx.isCancelled()) {
                        throw new CancellationException();
                    }
                    return 1;
                })
                .onSuccess(r -> events.add("success"))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished")));
        handle.cancel();
        executor.runPending();

        assertThat(handle.isCancelled()).isTrue();
        assertThat(events).containsExactly("cancelled", "finished");
    }

    @Test
    void progressIsDeliveredAndFlushedBeforeSuccess() {
        InlineTaskExecutor.immediate().submit(BackgroundTask.of("count", ctx -> {
                    for (int i = 1; i <= 3; i++) {
                        ctx.progress(i, 3);
                    }
                    return "done";
                })
                .onProgress((d, t) -> events.add(d + "/" + t))
                .onSuccess(events::add));

        assertThat(events).containsSubsequence("1/3", "3/3", "done");
        assertThat(events.get(events.size() - 1)).isEqualTo("done");
    }
}
