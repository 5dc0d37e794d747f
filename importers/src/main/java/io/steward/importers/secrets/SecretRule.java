package io.steward.importers.secrets;

/** Why a value was refused as secret material. The id is stable and shown in refusal reports. */
public enum SecretRule {
    FIELD_NAME("secret-field", "the field's name says it holds a secret"),
    AWS_SECRET_ACCESS_KEY("aws-secret-access-key", "the value looks like an AWS secret access key"),
    GITHUB_TOKEN("github-token", "the value looks like a GitHub token (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_)"),
    SLACK_TOKEN("slack-token", "the value looks like a Slack token (xox…)"),
    JWT("jwt", "the value looks like a JSON Web Token (bearer token)"),
    PEM_PRIVATE_KEY("pem-private-key", "the value contains a PEM private key"),
    VAULT_TOKEN("vault-token", "the value looks like a HashiCorp Vault token"),
    AZURE_CLIENT_SECRET("azure-client-secret", "the value looks like an Azure/Entra client secret"),
    GCP_SERVICE_ACCOUNT_KEY("gcp-service-account-key", "the value contains a Google service-account key"),
    K8S_SECRET_DATA("k8s-secret-data", "the value is data of a Kubernetes Secret"),
    VAULT_TOKEN_ID("vault-token-id", "the value is the id of a Vault token lookup, i.e. the token itself"),
    GITLAB_TOKEN("gitlab-token", "the value looks like a GitLab token (glpat-, gldt-, glrt-, glptt-)"),
    STRIPE_KEY("stripe-key", "the value looks like a Stripe secret or restricted key (sk_live_, rk_live_, sk_test_, rk_test_)"),
    GOOGLE_API_KEY("google-api-key", "the value looks like a Google API key (AIza…)"),
    AZURE_STORAGE_KEY("azure-storage-key", "the value holds an Azure storage account key or a SAS signature (AccountKey=, sig=)"),
    URL_CREDENTIALS("url-credentials", "the value is a URL with a password in it (scheme://user:password@host)"),
    AWS_ACCESS_KEY_ID("aws-access-key-id", "the file name holds an AWS access key id (AKIA…, ASIA…)"),
    HIGH_ENTROPY("high-entropy", "the value is a long random-looking string, probably a key or token");

    private final String id;
    private final String explanation;

    SecretRule(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }
}
