package io.steward.importers.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonErrors;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonStringStream;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.TimeValues;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code aws-credential-report}: the IAM credential report as the console's CSV download, or as the JSON
 * response of {@code aws iam get-credential-report} whose {@code Content} is base64 (CLI/API) or plain
 * CSV (boto3 dumps). {@code GeneratedTime} becomes the snapshot's generated-at. The Content is streamed
 * from the file, never held in memory.
 */
public final class CredentialReportImporter extends AbstractImporter {
    public static final String ID = "aws-credential-report";
    private static final Pattern JSON_CONTENT = Pattern.compile("\"Content\"\\s*:\\s*\"(dXNlcixhcm4s|user,arn,|77u/dXNlcixhcm4s)");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();

    public CredentialReportImporter() {
        super(ID, "1",
                "AWS IAM credential report: the 22-column CSV, or the get-credential-report JSON with base64 or plain Content");
    }

    @Override
    public Detection detect(FileSample sample) {
        if (sample.json().isJson()) {
            if (JSON_CONTENT.matcher(sample.text()).find()) {
                return Detection.certain("get-credential-report JSON whose Content is a credential report");
            }
            if (sample.json().hasRootField("Content") && "text/csv".equals(sample.json().rootString("ReportFormat"))) {
                return Detection.likely(80, "get-credential-report JSON (ReportFormat text/csv)");
            }
            if (sample.json().hasRootField("State") && sample.json().rootFields().size() <= 3) {
                return Detection.likely(60, "generate-credential-report status, not the report itself");
            }
            return Detection.no("JSON without a credential-report Content field");
        }
        String first = sample.firstLine().strip().toLowerCase(Locale.ROOT);
        if (first.startsWith(CredentialReportColumn.HEADER_START)) {
            return Detection.certain("header starts with the credential-report columns " + CredentialReportColumn.HEADER_START);
        }
        if (first.startsWith("user,arn,")) {
            return Detection.likely(70, "header starts with user,arn");
        }
        return Detection.no("no credential-report header");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        long size = Files.size(file);
        CredentialReportRows rows = new CredentialReportRows(file, sink, cancel);
        if (FileSample.of(file).firstSignificantChar() != '{') {
            rows.read(Files.newInputStream(file), size, null, progress);
            return;
        }
        Envelope envelope = scanEnvelope(file, sink);
        if (envelope.generatedAt != null) {
            sink.generatedAt(envelope.generatedAt);
        }
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(envelope.contentQuoteOffset + 1);
            BufferedInputStream content = new BufferedInputStream(new JsonStringStream(raw), 1 << 16);
            content.mark(16);
            byte[] head = content.readNBytes(12);
            content.reset();
            String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
            if (start.toLowerCase(Locale.ROOT).startsWith("user,arn")) {
                rows.read(content, envelope.contentLength, "Content", progress);
            } else {
                rows.read(Base64.getMimeDecoder().wrap(content), envelope.contentLength * 3 / 4, "Content (base64)", progress);
            }
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw e;
            }
            throw new BadInputException(file, 0, 0, "Content", "the report in Content cannot be read: "
                    + JsonErrors.safe(e.getMessage()) + ". The file may be truncated; download it again");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, 0, 0, "Content", "Content is neither a CSV report nor valid base64 ("
                    + JsonErrors.safe(e.getMessage()) + ")");
        }
    }

    private record Envelope(long contentQuoteOffset, long contentLength, Instant generatedAt) {
    }

    /** First pass over the JSON: checks it is well-formed, finds Content without reading it, and reads GeneratedTime. */
    private Envelope scanEnvelope(Path file, RecordSink sink) throws IOException {
        long contentOffset = -1;
        long contentEnd = -1;
        Instant generated = null;
        String format = null;
        boolean state = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(file, 0, 1, null, "expected a JSON object (the get-credential-report response)");
            }
            int depth = 1;
            JsonToken t = p.nextToken();
            while (depth > 0) {
                if (t == null) {
                    throw new BadInputException(file, 0, p.currentLocation().getLineNr(), null,
                            "the JSON ends early: the file is truncated. Download it again");
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth <= 2) {
                    String name = p.currentName();
                    t = p.nextToken();
                    if (name.equals("Content") && t == JsonToken.VALUE_STRING) {
                        contentOffset = p.currentTokenLocation().getByteOffset();
                        t = p.nextToken(); // skips the string without materialising it
                        contentEnd = p.currentTokenLocation().getByteOffset();
                        continue;
                    }
                    switch (name) {
                        case "Content" -> throw new BadInputException(file, 0, p.currentTokenLocation().getLineNr(), "Content",
                                "Content must be a string (the report, base64 or plain CSV)");
                        case "GeneratedTime" -> {
                            generated = time(file, p);
                            if (t == JsonToken.START_OBJECT) {
                                t = p.nextToken(); // time() read the whole object
                                continue;
                            }
                        }
                        case "ReportFormat" -> format = p.getValueAsString();
                        case "State" -> state = true;
                        default -> {
                            if (t == JsonToken.VALUE_STRING) {
                                sink.screen(0, p.currentTokenLocation().getLineNr(), name, p.getText()); // not stored; a secret is reported
                            }
                        }
                    }
                    continue; // t is the value token: process it (it may open an object)
                }
                t = p.nextToken();
            }
            if (p.nextToken() != null) {
                throw new BadInputException(file, 0, p.currentTokenLocation().getLineNr(), null,
                        "there is more data after the JSON object; the file holds more than one document");
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.badInput(file, 0, e);
        }
        if (contentOffset < 0) {
            throw new BadInputException(file, 0, 0, "Content", state
                    ? "this is the status of generate-credential-report, not the report. Run 'aws iam get-credential-report' and import its output"
                    : "the JSON has no Content field, so it is not a get-credential-report response");
        }
        if (format != null && !format.equalsIgnoreCase("text/csv")) {
            throw new BadInputException(file, 0, 0, "ReportFormat", "the report format is not text/csv");
        }
        contentOffset = findQuote(file, contentOffset);
        return new Envelope(contentOffset, Math.max(0, contentEnd - contentOffset), generated);
    }

    private static Instant time(Path file, JsonParser p) throws IOException {
        try {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                // a recorded boto3 response (placebo) writes the datetime as {"__class__": "datetime", "year": ...}
                return TimeValues.parse((com.fasterxml.jackson.databind.JsonNode) JSON_MAPPER.readTree(p));
            }
            return p.currentToken() == JsonToken.VALUE_NUMBER_INT ? TimeValues.parse(String.valueOf(p.getLongValue()))
                    : TimeValues.parse(p.getValueAsString());
        } catch (InvalidValueException e) {
            throw new BadInputException(file, 0, p.currentTokenLocation().getLineNr(), "GeneratedTime", e.getMessage());
        }
    }

    /** The parser's offset is where the string token starts; a BOM may shift it by a few bytes: find the quote. */
    private static long findQuote(Path file, long near) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(near);
            for (long pos = near; pos < near + 8; pos++) {
                int b = in.read();
                if (b == '"') {
                    return pos;
                }
                if (b < 0) {
                    break;
                }
            }
        }
        throw new BadInputException(file, 0, 0, "Content", "cannot locate the Content string in the file");
    }
}
