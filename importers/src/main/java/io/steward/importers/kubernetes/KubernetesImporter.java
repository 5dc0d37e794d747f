package io.steward.importers.kubernetes;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.ScreenedJson;
import io.steward.importers.spi.NamedSourceImporter;
import io.steward.model.inventory.CredentialRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code kubectl get serviceaccounts,secrets,rolebindings,clusterrolebindings -A -o json|yaml} (one
 * {@code kind: List} of mixed kinds), raw API lists ({@code ServiceAccountList}, ...), single objects and
 * multi-document YAML (docs/FORMATS-SUPPORTED.md). Service accounts become identities; legacy token Secrets become
 * their credentials (metadata only: the guard has removed every {@code data}/{@code stringData} value
 * before this class sees the object); bindings become grants, carrying the rules of the bound Role or
 * ClusterRole when the file holds it ({@link RbacRoles}); cloud identity annotations become links.
 * Bindings may precede the accounts and roles they name, so grants and identities are made at the end.
 */
public final class KubernetesImporter extends AbstractImporter implements NamedSourceImporter {
    static final String KIND = "service-account";
    private static final Set<String> KINDS = Set.of("List", "ServiceAccount", "ServiceAccountList", "Secret", "SecretList",
            "RoleBinding", "RoleBindingList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "ClusterRole",
            "ClusterRoleList");
    private static final Pattern YAML_KIND = Pattern.compile("(?m)^(?:- )?\\s*kind: \"?(List|ServiceAccount|ServiceAccountList|Secret"
            + "|SecretList|RoleBinding|RoleBindingList|ClusterRoleBinding|ClusterRoleBindingList|Role|RoleList|ClusterRole"
            + "|ClusterRoleList)\"?\\s*$");
    private static final Pattern YAML_API_VERSION = Pattern.compile("(?m)^\\s*(?:- )?apiVersion: \"?(v1|rbac\\.authorization\\.k8s\\.io/v1)");
    private static final String TOKEN_TYPE = "kubernetes.io/service-account-token";
    private static final String LAST_USED = "kubernetes.io/legacy-token-last-used";
    private static final String INVALID_SINCE = "kubernetes.io/legacy-token-invalid-since";

    static final String UNNAMED = "kubernetes:unnamed";
    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@/:-]{0,199}");

    /** The cluster the user named (or remembered for the file name); {@code null} = only the file's own. */
    private final String sourceName;
    private final boolean explicit;

    public KubernetesImporter() {
        this(null, false);
    }

    private KubernetesImporter(String sourceName, boolean explicit) {
        // version 3: the cluster in the source, id = namespace/name (uid an alias), one series per set of object kinds
        super("kubernetes", "3",
                "Kubernetes: kubectl get serviceaccounts,secrets,roles,rolebindings,clusterroles,clusterrolebindings -o json|yaml (Lists of mixed kinds, "
                + "raw API lists, multi-document YAML)");
        this.sourceName = sourceName;
        this.explicit = explicit;
    }

    @Override
    public NamedSourceImporter withSourceName(String source, boolean explicit) {
        return new KubernetesImporter(normaliseSource(source), explicit);
    }

    @Override
    public String normaliseSource(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.startsWith("kubernetes:")) {
            name = name.substring("kubernetes:".length());
        }
        if (!CLUSTER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + typed + "' is not a cluster name: use letters, digits and . _ @ / : -"
                    + " (e.g. prod-eu or kubernetes:prod-eu)");
        }
        return "kubernetes:" + name;
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        if (json.root() == JsonShape.Root.OBJECT) {
            String kind = json.rootString("kind");
            Set<String> item = json.elementFields("items");
            if ((kind != null && KINDS.contains(kind) && (json.hasRootField("apiVersion")))
                    || (item.contains("kind") && item.contains("metadata") && item.contains("apiVersion"))) {
                return Detection.likely(95, "a Kubernetes object or List (apiVersion, kind, metadata)");
            }
            return Detection.no("not a Kubernetes object");
        }
        if (!json.isJson()) {
            String text = sample.text();
            if (YAML_KIND.matcher(text).find() && YAML_API_VERSION.matcher(text).find()) {
                return Detection.likely(90, "YAML with apiVersion and a Kubernetes kind: kubectl -o yaml");
            }
        }
        return Detection.no("not a Kubernetes object");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        boolean yaml = ScreenedJson.looksLikeYaml(FileSample.of(file).firstSignificantChar());
        Map<String, ServiceAccountState> accounts = new LinkedHashMap<>();
        RbacBindings rbac = new RbacBindings();
        RbacRoles roles = new RbacRoles();
        long[] skipped = {0};
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        java.util.Set<String> clusters = new java.util.LinkedHashSet<>();
        ScreenedJson.read(file, yaml, List.of("items"), true, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE, r -> {
            String kind = kindOf(r);
            clusterNamed(r, clusters);
            if (KINDS.contains(kind)) {
                kinds.add(kind);
            }
            java.util.function.BiFunction<String, String, ServiceAccountState> account = (ns, name) -> accounts.computeIfAbsent(
                    ServiceAccountState.canonical(ns, name), k -> at(new ServiceAccountState(ns, name), r));
            switch (kind) {
                case "ServiceAccount" -> serviceAccount(r, account);
                case "Secret" -> {
                    if (!secret(r, account)) {
                        skipped[0]++;
                    }
                }
                case "RoleBinding", "ClusterRoleBinding" -> rbac.add(r, kind, sink, account);
                case "Role", "ClusterRole" -> roles.add(r, kind);
                default -> skipped[0]++;
            }
        });
        sink.source(source(clusters, sink, file));
        sink.seriesPart(String.join(",", kinds));
        rbac.resolve(roles, sink);
        for (RbacBindings.GroupGrant g : rbac.groupGrants()) {
            for (ServiceAccountState s : accounts.values()) {
                if (g.namespace() == null || g.namespace().equals(s.namespace)) {
                    s.grants.addAll(g.grants());
                }
            }
        }
        for (ServiceAccountState s : accounts.values()) {
            sink.identity(s.build());
        }
        if (skipped[0] > 0) {
            sink.warning(0, 0, "kind", "other-kinds", skipped[0] + " objects are neither service accounts, token Secrets, roles "
                    + "nor role bindings; they were skipped");
        }
    }

    /** A cluster name the object or its List carries ({@code metadata.clusterName}, as older API servers wrote it). */
    private static void clusterNamed(JsonRecord r, java.util.Set<String> clusters) {
        String own = r.text("metadata.clusterName");
        String list = r.envelope().path("metadata").path("clusterName").asText("");
        if (own != null && !own.isBlank()) {
            clusters.add(own.strip());
        }
        if (!list.isBlank()) {
            clusters.add(list.strip());
        }
    }

    /** The user's name when given for this import, else the file's, else the remembered one, else unnamed (and said so). */
    private String source(java.util.Set<String> clusters, RecordSink sink, Path file) {
        if (explicit) {
            return sourceName;
        }
        if (clusters.size() > 1) {
            throw new io.steward.importers.spi.BadInputException(file, 0, 0, "metadata.clusterName",
                    "the file names " + clusters.size() + " clusters; one file must describe one cluster. Export each cluster separately");
        }
        if (clusters.size() == 1) {
            return normaliseSource(clusters.iterator().next());
        }
        if (sourceName != null) {
            return sourceName;
        }
        sink.warning(0, 0, "source", "cluster-unnamed", "the export does not say which cluster it is from, so it was imported as"
                + " 'kubernetes:unnamed'; exports of another unnamed cluster would replace it. Name the cluster with"
                + " --source NAME (or the import sheet's Source field); Steward remembers it for files named like this one");
        return UNNAMED;
    }

    /** The item's kind; items of a typed API list (ServiceAccountList, ...) omit it and take the list's. */
    private static String kindOf(JsonRecord r) {
        String kind = r.text("kind");
        if (kind != null) {
            return kind;
        }
        String list = r.envelope().path("kind").asText("");
        if (list.endsWith("List") && list.length() > 4) {
            return list.substring(0, list.length() - 4);
        }
        throw r.bad("kind", "is missing; export with kubectl get ... -o json or -o yaml so that every object names its kind");
    }

    private static ServiceAccountState at(ServiceAccountState s, JsonRecord r) {
        s.recordNo = r.recordNo();
        s.lineNo = r.lineNo();
        return s;
    }

    private static void serviceAccount(JsonRecord r, java.util.function.BiFunction<String, String, ServiceAccountState> account) {
        String name = r.require("metadata.name", "the service account's name");
        String ns = r.text("metadata.namespace") != null ? r.text("metadata.namespace") : "default";
        ServiceAccountState s = account.apply(ns, name);
        at(s, r);
        String uid = r.text("metadata.uid");
        Map<String, String> labels = r.map("metadata.labels");
        Map<String, String> annotations = r.map("metadata.annotations");
        s.attributes.put("uid", uid);
        Boolean automount = r.bool("automountServiceAccountToken", null);
        s.attributes.put("automountToken", automount);
        s.attributes.put("legacySecrets", r.list("secrets").size());
        if (labels.containsKey("azure.workload.identity/use")) {
            s.attributes.put("azureWorkloadIdentity", labels.get("azure.workload.identity/use"));
        }
        s.builder = r.identity(s.nativeId(), KIND)
                .aliases(uid != null ? new String[] {uid, s.canonical()} : new String[] {s.canonical()})
                .name(ns + "/" + name)
                // The principal is namespace/name in its cluster: a re-created account gets a new uid but is the same one.
                .principal(ns + "/" + name)
                .ownerHint(OwnerHints.of(labels, annotations))
                .createdAt(r.time("metadata.creationTimestamp"))
                .tags(labels)
                .links(WorkloadIdentityLinks.of(annotations));
    }

    /** A legacy token Secret becomes a credential of its account; other Secrets are not NHIs. */
    private static boolean secret(JsonRecord r, java.util.function.BiFunction<String, String, ServiceAccountState> account) {
        if (!TOKEN_TYPE.equals(r.text("type"))) {
            return false;
        }
        Map<String, String> annotations = r.map("metadata.annotations");
        Map<String, String> labels = r.map("metadata.labels");
        String saName = annotations.get("kubernetes.io/service-account.name");
        String secretName = r.require("metadata.name", "the Secret's name");
        String ns = r.text("metadata.namespace") != null ? r.text("metadata.namespace") : "default";
        if (saName == null) {
            throw r.bad("metadata.annotations", "a service-account-token Secret lacks kubernetes.io/service-account.name");
        }
        String uid = r.text("metadata.uid");
        String invalidSince = labels.get(INVALID_SINCE);
        account.apply(ns, saName).credentials.add(new CredentialRecord(uid != null ? uid : ns + "/" + secretName, secretName,
                "legacy-sa-token", invalidSince == null, r.time("metadata.creationTimestamp"), null,
                r.time(r.at("metadata.labels").path(LAST_USED), "metadata.labels." + LAST_USED), null));
        return true;
    }
}
