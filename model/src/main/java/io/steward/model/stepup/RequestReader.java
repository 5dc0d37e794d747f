package io.steward.model.stepup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.model.BadInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a request file (a JSON array of request objects, or JSON Lines: one object per line) into raw requests,
 * collecting every problem with the request, field and reason. The target is not resolved here.
 */
public final class RequestReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> FIELDS = List.of("id", "requestedAt", "requester", "target", "privilege", "resource",
            "environment", "ttl", "justification", "task", "tools", "expiresAt");
    private static final int MAX_TEXT = 4000;

    /** A request as read, before its target is resolved; {@code label} names it in messages. */
    public record Raw(String label, String id, Instant requestedAt, Instant expiresAt, String requester, String target,
                      String privilege, String resource, String environment, Duration ttl, String justification,
                      String task, List<String> tools) {
    }

    private final List<RequestProblem> problems = new ArrayList<>();

    public List<RequestProblem> problems() {
        return problems;
    }

    public List<Raw> read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, null, "not UTF-8 text; save the request file as UTF-8 JSON");
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read the file: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new BadInputException(file, null, "the file is empty; expected a JSON array of requests or JSON Lines");
        }
        List<Raw> raws = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            JsonNode array;
            try {
                array = JSON.readTree(trimmed);
            } catch (JsonProcessingException e) {
                throw new BadInputException(file, "line " + e.getLocation().getLineNr(), "invalid JSON: " + e.getOriginalMessage());
            }
            for (int i = 0; i < array.size(); i++) {
                raws.add(request(array.get(i), "#" + (i + 1)));
            }
        } else {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String label = "#" + (raws.size() + 1) + " (line " + (i + 1) + ")";
                try {
                    raws.add(request(JSON.readTree(lines[i]), label));
                } catch (JsonProcessingException e) {
                    problems.add(new RequestProblem(label, null, "invalid JSON: " + e.getOriginalMessage()));
                    raws.add(null);
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (Raw r : raws) {
            if (r != null && r.id() != null && !ids.add(r.id())) {
                problems.add(new RequestProblem(r.label(), "id", "the id '" + r.id() + "' appears more than once in the file"));
            }
        }
        return raws.stream().filter(r -> r != null).toList();
    }

    private Raw request(JsonNode node, String position) {
        if (node == null || !node.isObject()) {
            problems.add(new RequestProblem(position, null, "expected a JSON object"));
            return null;
        }
        String id = text(node, "id", position, true);
        String label = id == null ? position : id;
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(new RequestProblem(label, f, "unknown field; the fields are " + String.join(", ", FIELDS)));
            }
        });
        Instant requestedAt = instant(node, "requestedAt", label, true);
        Instant expiresAt = instant(node, "expiresAt", label, false);
        String requester = text(node, "requester", label, true);
        String target = text(node, "target", label, true);
        String privilege = text(node, "privilege", label, true);
        String resource = text(node, "resource", label, false);
        String environment = text(node, "environment", label, true);
        Duration ttl = ttl(node, label);
        String justification = text(node, "justification", label, true);
        String task = text(node, "task", label, false);
        List<String> tools = tools(node, label);
        if (requestedAt != null && expiresAt != null && !expiresAt.isAfter(requestedAt)) {
            problems.add(new RequestProblem(label, "expiresAt", "must be after requestedAt"));
        }
        if (requestedAt != null && expiresAt == null) {
            expiresAt = requestedAt.plus(StepUpRequest.DEFAULT_LIFETIME);
        }
        return new Raw(label, id, requestedAt, expiresAt, requester, target, privilege, resource, environment, ttl,
                justification, task, tools);
    }

    private String text(JsonNode node, String field, String label, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new RequestProblem(label, field, "missing; it is required"));
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new RequestProblem(label, field, "must be a string, not " + v.getNodeType().toString().toLowerCase()));
            return null;
        }
        String s = v.textValue().strip();
        if (s.isEmpty()) {
            if (required) {
                problems.add(new RequestProblem(label, field, "is empty; it is required"));
            }
            return null;
        }
        if (s.length() > MAX_TEXT) {
            problems.add(new RequestProblem(label, field, "longer than " + MAX_TEXT + " characters"));
            return null;
        }
        return s;
    }

    private Instant instant(JsonNode node, String field, String label, boolean required) {
        String s = text(node, field, label, required);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new RequestProblem(label, field, "'" + s + "' is not an ISO-8601 time with offset, e.g. 2026-03-01T09:30:00Z"));
            return null;
        }
    }

    private Duration ttl(JsonNode node, String label) {
        String s = text(node, "ttl", label, true);
        if (s == null) {
            return null;
        }
        Duration d = parseTtl(s);
        if (d == null) {
            problems.add(new RequestProblem(label, "ttl", "'" + s + "' is not a positive ISO-8601 duration, e.g. PT1H or PT30M"));
        }
        return d;
    }

    /** A positive ISO-8601 duration, or null. */
    public static Duration parseTtl(String s) {
        try {
            Duration d = Duration.parse(s.strip());
            return d.isNegative() || d.isZero() ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private List<String> tools(JsonNode node, String label) {
        JsonNode v = node.get("tools");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(new RequestProblem(label, "tools", "must be an array of strings"));
            return List.of();
        }
        List<String> tools = new ArrayList<>();
        for (JsonNode t : v) {
            if (!t.isTextual() || t.textValue().isBlank()) {
                problems.add(new RequestProblem(label, "tools", "must be an array of non-empty strings"));
                return List.of();
            }
            tools.add(t.textValue().strip());
        }
        return tools;
    }
}
