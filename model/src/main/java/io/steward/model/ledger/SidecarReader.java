package io.steward.model.ledger;

import io.steward.model.BadInputException;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a checkpoint sidecar (JSON Lines); an unreadable line is reported with its number. */
final class SidecarReader {
    record Line(int number, Checkpoint checkpoint) {
    }

    private SidecarReader() {
    }

    static List<Line> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInputException(file, null, "not a checkpoint file (not UTF-8 text).");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                out.add(new Line(i + 1, Checkpoint.fromJson(CanonicalJson.parse(text.getBytes(StandardCharsets.UTF_8)))));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new BadInputException(file, "line " + (i + 1), "not a checkpoint: " + e.getMessage()
                        + ". The file was damaged or edited; check against an auditor's copy.");
            }
        }
        return out;
    }
}
