package io.steward.model.owners;

import static io.steward.model.db.Tables.IDENTITY;

import io.steward.model.BadInputException;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Resolves what a user typed for an identity (its key, or a native id or name that names exactly one current
 * identity) to the identity key governance records use. Unknown or ambiguous input is refused.
 */
public final class KnownIdentities {
    private KnownIdentities() {
    }

    /** True when {@code key} is the key of a current identity. */
    public static boolean exists(DSLContext ctx, String key) {
        return ctx.fetchExists(ctx.selectOne().from(IDENTITY).where(IDENTITY.IDENTITY_KEY.eq(key)).and(IDENTITY.CURRENT.eq(1L)));
    }

    /** @throws BadInputException when {@code text} names no current identity, or several */
    public static String resolve(DSLContext ctx, String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(null, null, "an identity is needed: give its key, native id or name");
        }
        String t = text.strip();
        if (exists(ctx, t)) {
            return t;
        }
        List<String> keys = ctx.selectDistinct(IDENTITY.IDENTITY_KEY).from(IDENTITY).where(IDENTITY.CURRENT.eq(1L))
                .and(IDENTITY.NATIVE_ID.eq(t)).limit(6).fetch(IDENTITY.IDENTITY_KEY);
        if (keys.isEmpty()) {
            keys = ctx.selectDistinct(IDENTITY.IDENTITY_KEY).from(IDENTITY).where(IDENTITY.CURRENT.eq(1L))
                    .and(IDENTITY.NAME_KEY.eq(t.toLowerCase(java.util.Locale.ROOT))).limit(6).fetch(IDENTITY.IDENTITY_KEY);
        }
        if (keys.size() == 1) {
            return keys.get(0);
        }
        if (keys.isEmpty()) {
            throw new BadInputException(null, null, "no current identity has the key, native id or name '" + t
                    + "'. List them with: steward inventory --query " + t);
        }
        throw new BadInputException(null, null, "'" + t + "' names several identities; give one of their keys: "
                + String.join(", ", keys.subList(0, Math.min(5, keys.size()))));
    }
}
