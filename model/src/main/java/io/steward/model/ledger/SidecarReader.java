package io.steward.model.ledger;

import io.steward.model.json.JsonTrees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a checkpoint file (JSON Lines). Anything that is not one — too big, not UTF-8, a line that is not a
 * checkpoint — is a {@link Problem} with the line number, reported as a failed verification, never a crash.
 */
final class SidecarReader {
    /** Far above any real file (a checkpoint line is ~500 bytes). */
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_LINE_CHARS = 8192;

    record Line(int number, Checkpoint checkpoint) {
    }

    /** The file cannot be used; {@code message} is one sentence naming the file and the line. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private SidecarReader() {
    }

    static List<Line> read(Path file) throws Problem {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Problem("The checkpoint file " + file + " is " + size / (1 << 20) + " MB, far larger than a checkpoint"
                        + " file can be (" + MAX_BYTES / (1 << 20) + " MB at most): it is not one Steward wrote.");
            }
        } catch (IOException e) {
            throw new Problem("Cannot read the checkpoint file " + file + ": " + e.getMessage() + ".");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Line> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int number = 0;
            String text;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.length() > MAX_LINE_CHARS) {
                    throw new Problem("Line " + number + " of the checkpoint file " + file + " is " + text.length()
                            + " characters long, not a checkpoint: the file was damaged or edited.");
                }
                if (text.isBlank()) {
                    continue;
                }
                try {
                    var node = JsonTrees.parse(text.strip().getBytes(StandardCharsets.UTF_8));
                    if (node == null || !node.isObject()) {
                        throw new IllegalArgumentException("not a JSON object");
                    }
                    out.add(new Line(number, Checkpoint.fromJson(node)));
                } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                    throw new Problem("Line " + number + " of the checkpoint file " + file + " is not a checkpoint ("
                            + firstLine(e.getMessage()) + "): the file was damaged or edited. Compare it with a copy kept elsewhere.");
                }
            }
        } catch (CharacterCodingException e) {
            throw new Problem("The checkpoint file " + file + " is not UTF-8 text: it is not one Steward wrote.");
        } catch (IOException e) {
            throw new Problem("Cannot read the checkpoint file " + file + ": " + e.getMessage() + ".");
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
