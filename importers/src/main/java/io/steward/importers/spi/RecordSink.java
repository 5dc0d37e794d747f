package io.steward.importers.spi;

import io.steward.importers.spi.RecordSink;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.inventory.IdentityRecord;
import java.time.Instant;

/**
 * Where an importer puts what it reads. The import service behind it screens for secrets, de-duplicates
 * on the stable id and writes to the store (or only counts, for a preview).
 * <p>
 * Record numbers are 1-based positions of records in the file; line numbers are the 1-based line where a
 * record starts (0 when unknown). Messages must never contain field values.
 */
public interface RecordSink {
    /** The name of the file being read, for messages. */
    String fileName();

    /**
     * The system and scope the file describes, e.g. {@code aws:123456789012}. Snapshots of one source and
     * importer form a series that {@code diff} compares. Call once it is known; calling again with a
     * different value is a bad-input error (one file, one source).
     */
    void source(String source);

    /**
     * The part of the source this file covers, for formats whose files each hold only part of it (Kubernetes: the object
     * kinds in the file). Snapshots of one source, importer and part form a series, so files of different parts stay
     * current side by side. Not calling it means the file covers the whole source.
     */
    default void seriesPart(String part) {
    }

    /** When the source system produced the export (e.g. GeneratedTime), if the format says. */
    void generatedAt(Instant generatedAt);

    void identity(IdentityRecord identity);

    void warning(long recordNo, long lineNo, String field, String rule, String message);

    /**
     * Checks one raw value before it is mapped: returns it unchanged, or {@code null} when it is secret
     * material (by field name or by content), in which case the refusal is reported and the value is
     * dropped. Importers treat a {@code null} as "unknown".
     */
    String screen(long recordNo, long lineNo, String field, String value);

    /**
     * Screens a parsed JSON record in place: every secret-bearing value (by field name, by content, or by
     * structure such as a Kubernetes Secret's {@code data}) is replaced by JSON null and reported.
     *
     * @param path where the node sits in the file, e.g. {@code UserDetailList[3]}, used as the field prefix
     */
    void screenJson(long recordNo, long lineNo, String path, JsonNode node);
}
