package io.steward.importers.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.LinkRecord;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may assume a role, read from its {@code AssumeRolePolicyDocument} (an object, or a URL-encoded
 * string in raw API output). The principals become {@code assumable-by} links; their kinds give the
 * role's sub-kind (docs/FORMATS-SUPPORTED.md: the trust principal tells the workload kind).
 */
record TrustPolicy(List<LinkRecord> principals, String subKind, boolean unreadable) {
    static final String LINK = "assumable-by";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static TrustPolicy of(JsonNode document, String account) {
        JsonNode doc = document;
        if (doc != null && doc.isTextual()) {
            try {
                doc = MAPPER.readTree(URLDecoder.decode(doc.textValue(), StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                return new TrustPolicy(List.of(), null, true);
            }
        }
        if (doc == null || doc.isNull()) {
            return new TrustPolicy(List.of(), null, false);
        }
        if (!doc.isObject()) {
            return new TrustPolicy(List.of(), null, true);
        }
        List<LinkRecord> links = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode statement : JsonRecord.asList(doc.get("Statement"))) {
            if (!"Allow".equalsIgnoreCase(statement.path("Effect").asText())) {
                continue;
            }
            JsonNode principal = statement.get("Principal");
            if (principal != null && principal.isTextual() && principal.textValue().equals("*")) {
                links.add(new LinkRecord(LINK, null, "*"));
                kinds.add("public");
                continue;
            }
            if (principal == null || !principal.isObject()) {
                continue;
            }
            for (JsonNode service : JsonRecord.asList(principal.get("Service"))) {
                links.add(new LinkRecord(LINK, "aws-service", service.asText()));
                kinds.add("service");
            }
            for (JsonNode aws : JsonRecord.asList(principal.get("AWS"))) {
                String p = aws.asText();
                if (p.equals("*")) {
                    links.add(new LinkRecord(LINK, null, "*"));
                    kinds.add("public");
                    continue;
                }
                String target = p.matches("\\d{12}") ? "arn:aws:iam::" + p + ":root" : p;
                AwsArn arn = AwsArn.parseIam(target);
                links.add(new LinkRecord(LINK, arn == null ? null : arn.source(), target));
                kinds.add(arn != null && !arn.account().equals(account) ? "cross-account" : "account");
            }
            for (JsonNode federated : JsonRecord.asList(principal.get("Federated"))) {
                String p = federated.asText();
                links.add(new LinkRecord(LINK, "federated", p));
                kinds.add(p.contains(":saml-provider/") ? "saml" : "web-identity");
            }
        }
        return new TrustPolicy(links, subKind(kinds), false);
    }

    private static String subKind(Set<String> kinds) {
        if (kinds.isEmpty()) {
            return null;
        }
        if (kinds.contains("public")) {
            return "public-role";
        }
        if (kinds.size() > 1) {
            return "mixed-trust-role";
        }
        return switch (kinds.iterator().next()) {
            case "service" -> "service-role";
            case "web-identity" -> "web-identity-role";
            case "saml" -> "saml-role";
            case "cross-account" -> "cross-account-role";
            default -> "account-role";
        };
    }
}
