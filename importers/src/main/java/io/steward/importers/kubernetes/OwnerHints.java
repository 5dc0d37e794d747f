package io.steward.importers.kubernetes;

import java.util.List;
import java.util.Map;

/** Owner hints among a Kubernetes object's labels and annotations (docs/FORMATS-SUPPORTED.md), most explicit first. */
final class OwnerHints {
    private static final List<String> ANNOTATIONS = List.of("owner", "team", "contact");
    private static final List<String> LABELS = List.of("owner", "team", "app.kubernetes.io/owner", "app.kubernetes.io/team");
    private static final List<String> FALLBACK = List.of("meta.helm.sh/release-name", "app.kubernetes.io/instance",
            "helm.sh/chart", "app.kubernetes.io/managed-by");

    private OwnerHints() {
    }

    static String of(Map<String, String> labels, Map<String, String> annotations) {
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            String key = e.getKey();
            String tail = key.substring(key.lastIndexOf('/') + 1);
            if (ANNOTATIONS.contains(tail) && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        for (String key : LABELS) {
            String v = labels.get(key);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        for (String key : FALLBACK) {
            String v = annotations.containsKey(key) ? annotations.get(key) : labels.get(key);
            if (v != null && !v.isBlank()) {
                return key + "=" + v.strip();
            }
        }
        return null;
    }
}
