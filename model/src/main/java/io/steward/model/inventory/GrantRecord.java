package io.steward.model.inventory;

import java.util.Objects;

/**
 * A privilege an identity holds on a resource.
 *
 * @param privilege the role, policy or action (e.g. {@code arn:aws:iam::aws:policy/AdministratorAccess}, {@code s3:GetObject})
 * @param resource  what it applies to ({@code *} when unrestricted); may be {@code null} when the source does not say
 * @param via       how it is held (e.g. {@code attached}, {@code inline:PolicyName}, {@code group:Admins}); may be {@code null}
 * @param condition a condition expression that limits the grant, or {@code null}
 */
public record GrantRecord(String privilege, String resource, String via, String condition) {
    public GrantRecord {
        Objects.requireNonNull(privilege, "privilege");
    }
}
