package io.steward.importers.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule catches its kind of secret; identifiers, dates, ARNs and public keys pass. */
class SecretGuardTest {
    private final SecretGuard guard = SecretGuard.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY                                   | aws-secret-access-key",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY           | aws-secret-access-key",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY                                  | high-entropy",
        "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZB | pem-private-key",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY                                   | aws-secret-access-key",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a                                   | github-token",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS | github-token",
        "ghs_abcdefghijklmnopqrstuvwxyz0123456789                                   | github-token",
        "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy                      | slack-token",
        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U | jwt",
        "-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA-----END RSA PRIVATE KEY----- | pem-private-key",
        "-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----            | pem-private-key",
        "hvs.CAESIJlU7kxJYVB3ByV7xVz4F0fe9yDDZe0CCpR5BYfTbmCWGh4KHGh2cy5aS0tYaVR4QjJOeWl2Z2F6RW5EemZiWjI | vault-token",
        "s.Ga8pQxTjRcPcsnRi8eXqY0Ct                                                 | vault-token",
        "abc8Q~defghijklmnopqrstuvwxyzABCDEFGH                                     | azure-client-secret",
        "ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCiAgInByb2plY3RfaWQiOiAicCIK       | gcp-service-account-key",
        "Zq3xT9vLm2Rk8WpYs7NbHc4JdFg6AeUo1Iy5KtMwQrXz                               | high-entropy",
    })
    void catchesSecretsByContent(String value, String rule) {
        assertThat(guard.byContent(value.strip().replace("\\n", "\n"))).extracting(SecretRule::id).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::123456789012:user/service/svc-billing-export", "AKIAIOSFODNN7EXAMPLE",
        "ASIAQNZGKIQY56JQ7WML", "2016-05-16T18:13:11+00:00", "no_information", "svc-data-pipeline-prod-0001",
        "0123456789abcdef0123456789abcdef01234567", "9b2e0c7e-52d8-4a5e-8a4b-0b8a7bb3b1c4",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "projects/my-project/serviceAccounts/etl@my-project.iam.gserviceaccount.com/keys/1234567890abcdef",
        "arn:aws:iam::123456789012:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGg4k1ZmM6q4pWqzL0cA7v8d5n0Lx3Pp2b9w0q7m2K1e deploy@ci",
        "The Quick Brown Fox Jumps Over The Lazy Dog Again And Again",
        "arn:aws:iam::123456789012:user/christopher.miller6#key1", "system:serviceaccount:kube-system:default",
        "cert-manager.io/v1alpha2 ClusterIssuer letsencrypt-production",
        "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMrekNDQWVPZ0F3SUJBZ0lKQUxhQkNEZUZHaElKS0w=",
        "WindowsAzureActiveDirectoryIntegratedApp"})
    void passesIdentifiersAndOrdinaryText(String value) {
        assertThat(guard.byContent(value)).isNull();
    }

    @Test
    void fieldNamesAreComparedLooselyButExactly() {
        assertThat(guard.check("SecretAccessKey", "anything at all")).isEqualTo(SecretRule.FIELD_NAME);
        assertThat(guard.check("aws_secret_access_key", "not-random-but-named-secret")).isEqualTo(SecretRule.FIELD_NAME);
        assertThat(guard.check("aws_secret_access_key", "***")).isNull(); // a placeholder holds nothing to protect
        assertThat(guard.check("publicKeyData", "Zq3xT9vLm2Rk8WpYs7NbHc4JdFg6AeUo1Iy5KtMwQrXz")).isNull();
        assertThat(guard.check("publicKeyData", "-----BEGIN PRIVATE KEY-----abc")).isEqualTo(SecretRule.PEM_PRIVATE_KEY);
        assertThat(guard.check("Password", "hunter2!")).isEqualTo(SecretRule.FIELD_NAME);
        assertThat(guard.check("client-secret", "abcd")).isEqualTo(SecretRule.FIELD_NAME);
        assertThat(guard.check("password_enabled", "true")).isNull();
        assertThat(guard.check("password_last_used", "2024-01-01T00:00:00+00:00")).isNull();
        assertThat(guard.check("token", "N/A")).isNull();
        assertThat(guard.check("secretText", null)).isNull();
        assertThat(guard.check("secret_id_ttl", "3600")).isNull();
    }

    @Test
    void scrubsJsonByNameContentAndStructure() throws Exception {
        JsonNode node = new ObjectMapper().readTree("""
                {"kind":"Secret","metadata":{"name":"sa-token","annotations":{"kubernetes.io/service-account.name":"build"}},
                 "data":{"token":"ZXlKaGJHY2lPaUpTVXpJMU5pSjkuZXlKcGMzTWlPaUpyZFdKbGNtNWxkR1Z6SW4wLnNpZw==","namespace":"ZGVmYXVsdA=="},
                 "note":"ghp_16C7e42F292c6912E7710c838347Ae178B4a",
                 "passwordCredentials":[{"keyId":"k1","value":"legacy-secret-value","hint":"abc"}],
                 "lookup":{"accessor":"8609694a-cdbc-db9b-d345-e782dbb562ed","id":"s.Ga8pQxTjRcPcsnRi8eXqY0Ct","policies":["default"],"display_name":"approle"},
                 "list":["fine","eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"]}""");
        List<String> refused = new ArrayList<>();
        int n = guard.scrub(node, "", (field, rule) -> refused.add(field + "=" + rule.id()));
        assertThat(refused).containsExactlyInAnyOrder("data=k8s-secret-data", "note=github-token",
                "passwordCredentials[0].value=secret-field", "lookup.id=vault-token-id", "list[1]=jwt");
        assertThat(n).isEqualTo(5);
        assertThat(node.toString()).doesNotContain("ZXlKaGJH", "ghp_", "legacy-secret-value", "s.Ga8p", "eyJhbGci")
                .contains("sa-token", "8609694a", "fine");
    }
}
