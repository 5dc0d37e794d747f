package io.steward.exports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundEntryTest {
    private final ExecutorService deflater = BackgroundEntry.deflaterThread();

    @AfterEach
    void tearDown() {
        deflater.shutdown();
    }

    @Test
    void blocksArriveWholeAndInOrderAndTheCallersBufferMayBeReusedAtOnce() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        BackgroundEntry entry = new BackgroundEntry(target, deflater);
        Random random = new Random(7);
        byte[] reused = new byte[200_000];
        for (int i = 0; i < 500; i++) {
            int len = random.nextInt(i % 50 == 0 ? reused.length : 70_000);
            random.nextBytes(reused);
            entry.write(reused, 0, len);
            expected.write(reused, 0, len);
        }
        entry.drain();
        assertThat(target.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void aFailingOutputIsThrownOnTheWritersThread() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        BackgroundEntry entry = new BackgroundEntry(full, deflater);
        entry.write(new byte[10], 0, 10);
        assertThatThrownBy(entry::drain).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThatThrownBy(() -> entry.write(new byte[10], 0, 10)).isInstanceOf(IOException.class).hasMessageContaining("No space left");
    }
}
