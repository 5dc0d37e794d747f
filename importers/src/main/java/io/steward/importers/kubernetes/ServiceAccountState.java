package io.steward.importers.kubernetes;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the file says about one service account, gathered from its own object, its legacy token Secrets
 * and the bindings that name it, in whatever order they come.
 */
final class ServiceAccountState {
    final String namespace;
    final String name;
    IdentityRecord.Builder builder;
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final List<CredentialRecord> credentials = new ArrayList<>();
    final List<GrantRecord> grants = new ArrayList<>();
    long recordNo;
    long lineNo;

    ServiceAccountState(String namespace, String name) {
        this.namespace = namespace;
        this.name = name;
    }

    static String canonical(String namespace, String name) {
        return "system:serviceaccount:" + namespace + ":" + name;
    }

    /** The stable id within the cluster: namespace/name (the uid changes when an account is re-created). */
    String nativeId() {
        return namespace + "/" + name;
    }

    String canonical() {
        return canonical(namespace, name);
    }

    /** The identity: from the object when the file has it, else a placeholder (same id) named by bindings or Secrets. */
    IdentityRecord build() {
        IdentityRecord.Builder b = builder;
        if (b == null) {
            attributes.put("referencedOnly", Boolean.TRUE);
            b = IdentityRecord.builder(nativeId(), KubernetesImporter.KIND).name(namespace + "/" + name).aliases(canonical())
                    .at(recordNo, lineNo);
        }
        attributes.put("namespace", namespace);
        attributes.put("serviceAccountName", canonical());
        attributes.put("subKind", "default".equals(name) ? "namespace-default"
                : namespace.startsWith("kube-") ? "system-controller" : "workload");
        return b.attributes(attributes).credentials(credentials).grants(grants).build();
    }
}
