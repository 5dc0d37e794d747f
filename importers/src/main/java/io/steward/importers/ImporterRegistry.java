package io.steward.importers;

import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.Importer;
import io.steward.importers.spi.JsonErrors;
import io.steward.importers.spi.JsonShape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The importers Steward knows, in a fixed order, and content-based detection over them. Detection
 * refuses a file no importer recognises, or that two recognise equally well, with a message that says
 * what the file looks like and how to force a format.
 */
public final class ImporterRegistry {
    private final Map<String, Importer> byId = new LinkedHashMap<>();

    public ImporterRegistry(List<? extends Importer> ordered) {
        for (Importer importer : ordered) {
            if (!importer.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("importer id must be lowercase words joined by '-': " + importer.id());
            }
            if (byId.putIfAbsent(importer.id(), importer) != null) {
                throw new IllegalArgumentException("two importers share the id " + importer.id());
            }
        }
    }

    /** Every importer in registry order (the order {@code steward formats} lists them). */
    public List<Importer> importers() {
        return List.copyOf(byId.values());
    }

    public Optional<Importer> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The importer with this id; an unknown id is a usage error whose message lists the known ids. */
    public Importer require(String id) {
        Importer importer = byId.get(id);
        if (importer == null) {
            throw new IllegalArgumentException("unknown format '" + id + "'. Known formats: " + String.join(", ", byId.keySet())
                    + " (see 'steward formats')");
        }
        return importer;
    }

    /** One importer's verdict on a sample. */
    public record Ranked(Importer importer, Detection detection) {
    }

    /** Every importer's verdict, most confident first (registry order breaks ties). */
    public List<Ranked> rank(FileSample sample) {
        List<Ranked> ranked = new ArrayList<>();
        for (Importer importer : byId.values()) {
            Detection d;
            try {
                d = sample.isXlsxWorkbook() && !importer.readsWorkbooks() ? Detection.no("reads text exports, not workbooks")
                        : importer.detect(sample);
            } catch (RuntimeException e) {
                // Detection must not throw; an importer that does is simply not a candidate.
                d = Detection.no("detection failed: " + e.getClass().getSimpleName());
            }
            ranked.add(new Ranked(importer, d));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> r.detection().confidence()).reversed());
        return ranked;
    }

    /** Picks the importer for a file, or explains why none can be picked. */
    public Importer detect(Path file) throws IOException {
        return detect(FileSample.of(file));
    }

    public Importer detect(FileSample sample) {
        String problem = sample.problem();
        if (problem != null) {
            throw new FormatNotRecognisedException(sample.file(), problem);
        }
        List<Ranked> ranked = rank(sample);
        List<Ranked> candidates = ranked.stream().filter(r -> r.detection().candidate()).toList();
        if (candidates.isEmpty()) {
            throw new FormatNotRecognisedException(sample.file(), "no importer recognises this file (" + looksLike(sample)
                    + "). Known formats: " + String.join(", ", byId.keySet())
                    + ". If it is one of them, name it with --format ID and the importer will say what is wrong");
        }
        if (candidates.size() > 1 && candidates.get(1).detection().confidence() == candidates.get(0).detection().confidence()) {
            int top = candidates.get(0).detection().confidence();
            String tied = candidates.stream().filter(r -> r.detection().confidence() == top)
                    .map(r -> r.importer().id() + " (" + r.detection().reason() + ")").collect(Collectors.joining("; "));
            throw new FormatNotRecognisedException(sample.file(), "more than one format fits this file equally well: " + tied
                    + ". Choose one with --format ID");
        }
        return candidates.get(0).importer();
    }

    /** A short description of what an unrecognised sample looks like, to help the user. */
    static String looksLike(FileSample sample) {
        String first = sample.firstLine().strip();
        if (io.steward.importers.csv.Delimiters.looksLikeTextTable(sample.lines(2))) {
            return "it looks like a pretty-printed text table, not CSV; export the data as CSV or JSON instead";
        }
        JsonShape json = sample.json();
        if (!json.isJson() && io.steward.importers.csv.Delimiters.looksLikeProse(sample.lines(10))) {
            return "it is text, not a table (a document or prose), so it is not an inventory";
        }
        if (json.syntaxError() != null) {
            return "it starts like JSON but is not valid JSON: " + JsonErrors.safe(json.syntaxError());
        }
        if (json.root() == JsonShape.Root.OBJECT) {
            return "JSON object with top-level fields " + json.rootFields().stream().limit(8).collect(Collectors.joining(", "));
        }
        if (json.root() == JsonShape.Root.ARRAY) {
            return "JSON array whose first element has fields "
                    + json.elementFields(JsonShape.ROOT).stream().limit(8).collect(Collectors.joining(", "));
        }
        return "text whose first line has " + first.length() + " characters and no recognised header";
    }

    static String oneLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
