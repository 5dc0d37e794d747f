package io.steward.importers.gcp;

import io.steward.importers.AbstractImporter;
import io.steward.importers.BadInputException;
import io.steward.importers.Cancellation;
import io.steward.importers.Detection;
import io.steward.importers.FileSample;
import io.steward.importers.ImportProgress;
import io.steward.importers.RecordSink;
import io.steward.importers.table.CsvTable;
import io.steward.importers.table.TableRows;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.NullIsh;
import io.steward.importers.values.TimeValues;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gcloud asset search-all-resources --format=csv(...)} (FORMATS.md §2d): columns
 * {@code full_name,asset_type,display_name,project_id,project,location,state,create_time,labels}.
 * Service-account and key rows become identities; other asset types are counted and skipped.
 * {@code create_time} may be empty, {@code labels} is {@code {}} or a JSON map, {@code project} is the number.
 */
public final class GcpAssetCsvImporter extends AbstractImporter {
    private static final List<String> REQUIRED = List.of("full_name", "asset_type");
    private static final List<String> COLUMNS = List.of("full_name", "asset_type", "display_name", "project_id", "project",
            "location", "state", "create_time", "labels");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public GcpAssetCsvImporter() {
        super("gcp-asset-csv", "1",
                "GCP gcloud asset search-all-resources CSV (full_name, asset_type, ...): service accounts and keys");
    }

    @Override
    public Detection detect(FileSample sample) {
        List<String> header = header(sample.firstLine());
        if (header.containsAll(REQUIRED) && header.contains("create_time")) {
            return Detection.likely(98, "header has full_name, asset_type and create_time: gcloud asset search CSV");
        }
        return Detection.no("header lacks full_name/asset_type/create_time");
    }

    private static List<String> header(String line) {
        List<String> out = new ArrayList<>();
        for (String h : line.split(String.valueOf(CsvTable.separatorOf(line)), -1)) {
            out.add(h.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        CsvTable table = CsvTable.open(file);
        Map<String, Integer> columns = new LinkedHashMap<>();
        long[] skipped = {0};
        table.read((cells, rowNo, lineNo) -> {
            cancel.check();
            if (rowNo == 1) {
                for (int i = 0; i < cells.size(); i++) {
                    columns.put(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
                }
                if (!columns.keySet().containsAll(REQUIRED)) {
                    throw new BadInputException(file, 0, lineNo, null, "the header lacks " + REQUIRED
                            + "; expected the columns " + COLUMNS);
                }
                return;
            }
            Row row = new Row(file, sink, columns, cells, rowNo - 1, lineNo);
            IdentityRecord identity = row.identity();
            if (identity == null) {
                skipped[0]++;
                return;
            }
            sink.source(GcpNames.source((String) identity.attributes().get("projectId")));
            sink.identity(identity);
            if ((rowNo & 255) == 0) {
                progress.update(0, 0, rowNo - 1);
            }
        });
        if (skipped[0] > 0) {
            sink.warning(0, 0, "asset_type", "other-asset-types", skipped[0]
                    + " rows are other asset types than service accounts and keys; they were skipped");
        }
    }

    /** One data row, screened cell by cell. */
    private static final class Row {
        private final Path file;
        private final RecordSink sink;
        private final Map<String, Integer> columns;
        private final List<String> cells;
        private final long recordNo;
        private final long lineNo;

        Row(Path file, RecordSink sink, Map<String, Integer> columns, List<String> cells, long recordNo, long lineNo) {
            this.file = file;
            this.sink = sink;
            this.columns = columns;
            this.cells = cells;
            this.recordNo = recordNo;
            this.lineNo = lineNo;
        }

        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= cells.size()) {
                return null;
            }
            return NullIsh.text(sink.screen(recordNo, lineNo, column, cells.get(i)));
        }

        IdentityRecord identity() {
            String type = get("asset_type");
            String fullName = get("full_name");
            if (type == null || fullName == null) {
                throw new BadInputException(file, recordNo, lineNo, type == null ? "asset_type" : "full_name", "is empty");
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("assetType", type);
            attributes.put("projectNumber", get("project"));
            attributes.put("location", get("location"));
            String state = get("state");
            Boolean enabled = state == null ? null : !"DISABLED".equalsIgnoreCase(state);
            Instant created = time("create_time");
            IdentityRecord.Builder b;
            if (type.endsWith("/ServiceAccountKey") || type.endsWith(".ServiceAccountKey")) {
                GcpNames.KeyName key = GcpNames.keyName(fullName);
                if (key == null) {
                    throw new BadInputException(file, recordNo, lineNo, "full_name", "is not a service-account key name");
                }
                attributes.put("serviceAccount", key.account());
                attributes.put("projectId", project(key.project()));
                b = IdentityRecord.builder(fullName.substring(2 + "iam.googleapis.com/".length()), GcpKeyMapper.KIND)
                        .name(key.account() + " key " + GcpKeyMapper.shortId(key.keyId()))
                        .credentials(List.of(new CredentialRecord(key.keyId(), null, "user-managed-key", enabled, created,
                                created, null, null)))
                        .links(List.of(new LinkRecord("key-of", GcpNames.source(project(key.project())), key.account())))
                        .principal(key.account()); // a key is a credential of its account: one principal
            } else if (type.endsWith("/ServiceAccount") || type.endsWith(".ServiceAccount")) {
                String[] name = GcpNames.accountName(fullName);
                if (name == null) {
                    throw new BadInputException(file, recordNo, lineNo, "full_name", "is not a service-account name");
                }
                String displayName = get("display_name");
                attributes.put("projectId", project(name[0]));
                if (name[1].contains("@")) {
                    attributes.put("email", name[1]);
                    attributes.put("subKind", GcpNames.subKind(name[1]));
                }
                b = IdentityRecord.builder(name[1], GcpAccountMapper.KIND).name(displayName).aliases((String) attributes.get("email"));
            } else {
                return null;
            }
            return b.enabled(enabled).createdAt(created).attributes(attributes).tags(labels()).at(recordNo, lineNo).build();
        }

        private String project(String fromName) {
            String id = get("project_id");
            return id != null ? id : fromName;
        }

        private Instant time(String column) {
            try {
                return TimeValues.parse(get(column));
            } catch (InvalidValueException e) {
                throw new BadInputException(file, recordNo, lineNo, column, e.getMessage());
            }
        }

        private Map<String, String> labels() {
            String text = get("labels");
            Map<String, String> out = new LinkedHashMap<>();
            if (text == null || text.equals("{}")) {
                return out;
            }
            try {
                JSON.readTree(text).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            } catch (IOException e) {
                throw new BadInputException(file, recordNo, lineNo, "labels", "is not {} or a JSON map of labels");
            }
            return out;
        }
    }
}
