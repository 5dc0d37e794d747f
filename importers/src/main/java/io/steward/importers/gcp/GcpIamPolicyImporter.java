package io.steward.importers.gcp;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.ScreenedJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code gcloud projects get-iam-policy P --format=json} (or its default YAML), the same shape for
 * folders, organisations and service accounts (docs/FORMATS-SUPPORTED.md). Each non-human member becomes an identity
 * with one grant per binding; conditions are kept with the grant. A bare policy does not name its
 * resource, so grants carry none and the source is taken from the first service account's project.
 */
public final class GcpIamPolicyImporter extends AbstractImporter {
    private static final Pattern YAML_POLICY = Pattern.compile("(?m)^bindings:\\s*$");
    private static final Pattern YAML_ROLE = Pattern.compile("(?m)^\\s*(-\\s+)?role:\\s+(roles|projects|organizations)/");

    public GcpIamPolicyImporter() {
        super("gcp-iam-policy", "1",
                "GCP IAM policy: gcloud projects|folders|organizations get-iam-policy (JSON or YAML); bindings become grants");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        if (json.root() == JsonShape.Root.OBJECT && json.hasRootField("bindings")) {
            var fields = json.elementFields("bindings");
            if (fields.contains("role") && fields.contains("members")) {
                return Detection.likely(95, "an object with bindings of role and members: a GCP IAM policy");
            }
        }
        if (!json.isJson() && YAML_POLICY.matcher(sample.text()).find() && YAML_ROLE.matcher(sample.text()).find()) {
            return Detection.likely(90, "YAML with bindings of roles: a GCP IAM policy in gcloud's default format");
        }
        return Detection.no("no bindings of role and members");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        boolean yaml = ScreenedJson.looksLikeYaml(FileSample.of(file).firstSignificantChar());
        GcpPolicyGrants grants = new GcpPolicyGrants();
        ScreenedJson.read(file, yaml, List.of("bindings"), false, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE,
                r -> grants.addBinding(r, r.node(), "bindings[" + (r.recordNo() - 1) + "]", null));
        sink.source(GcpNames.source(grants.someProject()));
        // a bare policy does not name its resource: the file name tells a project's policy from a folder's or an account's
        sink.seriesPart(io.steward.importers.spi.NamedSourceImporter.filePattern(file));
        grants.emitRemaining(sink);
    }
}
