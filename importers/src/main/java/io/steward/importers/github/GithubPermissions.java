package io.steward.importers.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.inventory.GrantRecord;
import java.util.ArrayList;
import java.util.List;

/** GitHub {@code permissions} objects ({@code {<perm>: read|write|admin}}, possibly grouped) as grants. */
final class GithubPermissions {
    private GithubPermissions() {
    }

    /** Flat {@code {contents: write, ...}} on {@code resource}. */
    static List<GrantRecord> flat(JsonNode permissions, String resource, String via) {
        List<GrantRecord> out = new ArrayList<>();
        permissions.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                out.add(new GrantRecord(e.getKey() + ":" + e.getValue().asText(), resource, via, null));
            }
        });
        return out;
    }

    /** Grouped {@code {organization:{…}, repository:{…}, other:{…}}}; repository permissions apply to {@code repositories}. */
    static List<GrantRecord> grouped(JsonNode permissions, String organization, String repositories, String via) {
        List<GrantRecord> out = new ArrayList<>();
        permissions.fields().forEachRemaining(group -> {
            String resource = switch (group.getKey()) {
                case "organization" -> organization;
                case "repository" -> repositories;
                default -> group.getKey();
            };
            out.addAll(flat(group.getValue(), resource, via));
        });
        return out;
    }

    /** "github:organization/652551" from an API url of the form https://api.github.com/organizations/652551/..., else null. */
    static String organizationSource(String url) {
        if (url == null) {
            return null;
        }
        int at = url.indexOf("/organizations/");
        if (at < 0) {
            return null;
        }
        int start = at + "/organizations/".length();
        int end = url.indexOf('/', start);
        return "github:organization/" + (end < 0 ? url.substring(start) : url.substring(start, end));
    }
}
