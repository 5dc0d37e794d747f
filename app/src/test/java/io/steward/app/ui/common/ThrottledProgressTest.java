package io.steward.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThrottledProgressTest {
    final Deque<Runnable> uiQueue = new ArrayDeque<>();
    final List<long[]> delivered = new ArrayList<>();
    long now;

    ThrottledProgress throttle() {
        return new ThrottledProgress((d, t) -> delivered.add(new long[] {d, t}), uiQueue::add,
                TimeUnit.MILLISECONDS.toNanos(50), () -> now);
    }

    @Test
    void aMillionReportsWithinOneIntervalQueueOneUpdateCarryingTheLatestValues() {
        ThrottledProgress p = throttle();
        for (int i = 1; i <= 1_000_000; i++) {
            p.update(i, 1_000_000);
        }
        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(delivered).singleElement().satisfies(v -> assertThat(v).containsExactly(1_000_000, 1_000_000));
    }

    @Test
    void sendsAgainOnlyAfterTheIntervalAndNeverQueuesTwo() {
        ThrottledProgress p = throttle();
        p.update(1, 10);
        now += TimeUnit.MILLISECONDS.toNanos(10);
        p.update(2, 10);
        assertThat(uiQueue).hasSize(1);
        now += TimeUnit.MILLISECONDS.toNanos(60);
        p.update(3, 10);
        assertThat(uiQueue).hasSize(1); // still one queued: the UI has not run it yet
        uiQueue.poll().run();
        now += TimeUnit.MILLISECONDS.toNanos(60);
        p.update(4, 10);
        uiQueue.poll().run();
        assertThat(delivered).extracting(v -> v[0]).containsExactly(3L, 4L);
    }

    @Test
    void flushDeliversTheFinalValues() {
        ThrottledProgress p = throttle();
        p.update(1, 10);
        uiQueue.poll().run();
        p.update(10, 10);
        p.flush();
        uiQueue.poll().run();
        assertThat(delivered).extracting(v -> v[0]).containsExactly(1L, 10L);
    }
}
