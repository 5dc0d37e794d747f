package io.steward.importers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs and connection strings hold a password, and what is kept of them: scheme, user and host. */
class UrlCredentialsTest {
    private final SecretGuard guard = SecretGuard.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgres://admin:password@db.example:5432/x | postgres://admin:[redacted]@db.example:5432/x",
        "https://user:token@host | https://user:[redacted]@host",
        "mongodb+srv://u:p@cluster0.ab1cd.mongodb.net/db?retryWrites=true | mongodb+srv://u:[redacted]@cluster0.ab1cd.mongodb.net/db?retryWrites=true",
        "amqp://orders:rabbit@mq:5672/prod | amqp://orders:[redacted]@mq:5672/prod",
        "redis://:pass@cache:6379/0 | redis://:[redacted]@cache:6379/0",
        "jdbc:postgresql://db/app?user=report&password=R3port! | jdbc:postgresql://db/app?user=report&password=[redacted]",
        "Server=db;User ID=sa;Password=Hunter2;Encrypt=True | Server=db;User ID=sa;Password=[redacted];Encrypt=True",
        "postgres://app:p@ss@db/x | postgres://app:[redacted]@db/x",
        "primary postgres://a:b@db1/x, replica postgres://a:c@db2/x | primary postgres://a:[redacted]@db1/x, replica postgres://a:[redacted]@db2/x",
    })
    void thePasswordIsRedactedAndTheRestKept(String value, String kept) {
        assertThat(guard.byContent(value)).isEqualTo(SecretRule.URL_CREDENTIALS);
        assertThat(guard.check("endpoint", value)).isEqualTo(SecretRule.URL_CREDENTIALS);
        assertThat(guard.storable(value, SecretRule.URL_CREDENTIALS)).isEqualTo(kept);
        assertThat(guard.byContent(kept)).as("the kept value passes").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/acme/infra.git", "https://deploy@nexus.example.com/x", "ssh://git@github.com/a/b.git",
        "postgres://app:@db/x", "postgres://app:${DB_PASSWORD}@db/x", "postgres://app:$DB_PASSWORD@db/x", "mysql://root:<password>@h/db",
        "mongodb://svc:{{ mongo_password }}@mongo/nhi", "amqp://guest:****@mq/vhost", "amqp://guest:xxxx@mq/vhost",
        "postgres://report:[redacted]@db/x", "jdbc:postgresql://db/x?user=a&password=${PW}", "Server=db;Password=%s;",
        "ops@example.com", "see https://wiki.example.com/a:b@c is not a URL password", "user@host:5432"})
    void urlsWithoutARealPasswordPass(String value) {
        assertThat(guard.byContent(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/x.git | github-token",
        "https://ghp_16C7e42F292c6912E7710c838347Ae178B4a:x-oauth-basic@github.com/acme/x.git | github-token",
    })
    void aUrlWithAnotherSecretBesidesThePasswordIsRefusedWhole(String value, String rule) {
        SecretRule got = guard.byContent(value);
        assertThat(got.id()).isEqualTo(rule);
        assertThat(guard.storable(value, got)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a.csv | [redacted:github-token].csv",
        "AKIAIOSFODNN7EXAMPLE_accessKeys.csv | [redacted:aws-access-key-id]_accessKeys.csv",
        "k8s-eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaSJ9.Tq8rN2vXk5LmP0sWc7YhBd3F.yaml | k8s-[redacted:jwt].yaml",
        "credential-report-2024-11.csv | credential-report-2024-11.csv",
        "AWS_IAM_Authorization_Details_Prod2024.json | AWS_IAM_Authorization_Details_Prod2024.json",
    })
    void fileNamesKeepAllButTheSecret(String name, String safe) {
        assertThat(guard.redactName(name)).isEqualTo(safe);
    }
}
