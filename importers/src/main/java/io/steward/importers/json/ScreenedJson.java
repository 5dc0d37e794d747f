package io.steward.importers.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The read loop every JSON/YAML importer shares: stream the records of whatever envelope the file uses,
 * run each through the sink's secret guard BEFORE anything reads a field of it, and hand it on as a
 * {@link JsonRecord}.
 */
public final class ScreenedJson {
    private ScreenedJson() {
    }

    /** The envelope fields of each root document, already screened. */
    @FunctionalInterface
    public interface Envelope {
        void envelope(ObjectNode fields, boolean hadRecordArray);
    }

    public static final Envelope IGNORE_ENVELOPE = (fields, had) -> { };

    public static void read(Path file, boolean yaml, List<String> arrayPaths, boolean rootObjectIsRecord, RecordSink sink,
                            ImportProgress progress, Cancellation cancel, Envelope envelope, Consumer<JsonRecord> each)
            throws IOException {
        read(file, yaml, arrayPaths, rootObjectIsRecord, sink, progress, cancel, envelope, node -> { }, each);
    }

    /**
     * As above, with {@code publicMaterial} run on each raw record before screening: it may replace a value that
     * is known to be public (an SSH public key) by a digest of it, so the guard does not refuse it as random text.
     */
    public static void read(Path file, boolean yaml, List<String> arrayPaths, boolean rootObjectIsRecord, RecordSink sink,
                            ImportProgress progress, Cancellation cancel, Envelope envelope,
                            Consumer<com.fasterxml.jackson.databind.JsonNode> publicMaterial, Consumer<JsonRecord> each)
            throws IOException {
        JsonRecordReader reader = new JsonRecordReader(file, yaml, arrayPaths, rootObjectIsRecord);
        reader.read((node, around, recordNo, lineNo) -> {
            publicMaterial.accept(node);
            sink.screenJson(recordNo, lineNo, "", node);
            each.accept(new JsonRecord(file, node, around, recordNo, lineNo));
        }, (fields, had) -> {
            sink.screenJson(0, 0, "", fields);
            envelope.envelope(fields, had);
        }, progress, cancel);
    }

    /** True when the file is YAML rather than JSON, judged by its first significant character. */
    public static boolean looksLikeYaml(char firstSignificant) {
        return firstSignificant != '{' && firstSignificant != '[';
    }
}
