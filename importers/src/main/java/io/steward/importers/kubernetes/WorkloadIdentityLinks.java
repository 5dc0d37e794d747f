package io.steward.importers.kubernetes;

import io.steward.model.inventory.LinkRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cloud workload-identity annotations on a service account (docs/FORMATS-SUPPORTED.md) as links to the cloud
 * identity it acts as: an IAM role (EKS IRSA), a GCP service account (GKE Workload Identity), an Entra
 * application / managed identity (Azure Workload Identity).
 */
final class WorkloadIdentityLinks {
    static final String EKS = "eks.amazonaws.com/role-arn";
    static final String GKE = "iam.gke.io/gcp-service-account";
    static final String AZURE = "azure.workload.identity/client-id";

    private WorkloadIdentityLinks() {
    }

    static List<LinkRecord> of(Map<String, String> annotations) {
        List<LinkRecord> links = new ArrayList<>();
        String role = annotations.get(EKS);
        if (role != null && !role.isBlank()) {
            String[] parts = role.strip().split(":", 6);
            links.add(new LinkRecord("assumes-aws-role", parts.length >= 5 && !parts[4].isEmpty() ? "aws:" + parts[4] : null,
                    role.strip()));
        }
        String gsa = annotations.get(GKE);
        if (gsa != null && !gsa.isBlank()) {
            String email = gsa.strip();
            int at = email.indexOf('@');
            String domain = at < 0 ? "" : email.substring(at + 1);
            String project = domain.endsWith(".iam.gserviceaccount.com")
                    ? domain.substring(0, domain.length() - ".iam.gserviceaccount.com".length()) : null;
            links.add(new LinkRecord("acts-as-gcp-service-account", project == null ? null : "gcp:" + project, email));
        }
        String client = annotations.get(AZURE);
        if (client != null && !client.isBlank()) {
            String tenant = annotations.get("azure.workload.identity/tenant-id");
            links.add(new LinkRecord("acts-as-entra-application", tenant == null ? null : "entra:" + tenant.strip(), client.strip()));
        }
        return links;
    }
}
