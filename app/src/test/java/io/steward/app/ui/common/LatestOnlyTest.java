package io.steward.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {
    @Test
    void aNewerTaskDropsTheOutcomeOfTheOlderOneEvenIfItRan() {
        InlineTaskExecutor executor = InlineTaskExecutor.deferred();
        LatestOnly latest = new LatestOnly(executor);
        List<String> seen = new ArrayList<>();

        latest.submit(BackgroundTask.of("old", ctx -> "old").onSuccess(seen::add).onFinished(() -> seen.add("old finished")));
        latest.submit(BackgroundTask.of("new", ctx -> "new").onSuccess(seen::add).onFinished(() -> seen.add("new finished")));
        executor.runPending();

        assertThat(seen).containsExactly("new", "new finished");
    }

    @Test
    void forgetDropsTheRunningTaskAndFailuresOfStaleTasksAreNotReported() {
        InlineTaskExecutor executor = InlineTaskExecutor.deferred();
        LatestOnly latest = new LatestOnly(executor);
        List<String> seen = new ArrayList<>();

        latest.submit(BackgroundTask.<String>of("fails", ctx -> {
            throw new IllegalStateException("boom");
        }).onFailure(e -> seen.add("failure")));
        latest.forget();
        executor.runPending();

        assertThat(seen).isEmpty();
    }
}
