package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.app.demo.DemoOrg.Key;
import io.steward.app.demo.DemoOrg.Role;
import io.steward.app.demo.DemoOrg.User;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code aws iam list-access-keys --user-name U} for a CI bot of the demo account that holds two keys. */
final class AccessKeysExport implements DemoExport {
    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        User bot = org.users().stream().filter(u -> u.role() == Role.CI_BOT && u.keys().size() == 2).findFirst()
                .orElseGet(() -> org.users().stream().filter(u -> !u.keys().isEmpty()).findFirst().orElseThrow());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode keys = root.putArray("AccessKeyMetadata");
        for (Key k : bot.keys()) {
            keys.addObject().put("UserName", bot.name()).put("AccessKeyId", k.id()).put("Status", k.active() ? "Active" : "Inactive")
                    .put("CreateDate", k.created().toString());
        }
        root.put("IsTruncated", false);
        Path file = dir.resolve("aws-list-access-keys-" + bot.name() + ".json");
        CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return List.of(file);
    }
}
