package io.steward.model.ledger;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Actor names as the ledger records them: NFKC, lower case, trimmed, with no control, format
 * (zero-width, bidi), invisible or line-break characters, so that {@code ALICE}, {@code alice} and
 * {@code ａｌｉｃｅ} are one actor and no name can hide a second one or print a line of its own.
 */
public final class ActorNames {
    public static final int MAX_LENGTH = 128;

    private ActorNames() {
    }

    /** The normalised name, or an {@link IllegalArgumentException} saying which character is refused. */
    public static String normalise(String name) {
        if (name == null) {
            throw new IllegalArgumentException("an actor name is required");
        }
        String problem = refusedCharacter(name);
        if (problem != null) {
            throw new IllegalArgumentException("the actor name contains " + problem + "; use letters, digits and punctuation only");
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        // NFKC may itself produce a refused character (e.g. a compatibility space); check the result too.
        problem = refusedCharacter(n);
        if (problem != null) {
            throw new IllegalArgumentException("the actor name contains " + problem + " once normalised");
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException("an actor name is required");
        }
        if (n.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the actor name is longer than " + MAX_LENGTH + " characters");
        }
        return n;
    }

    /** True when {@code name} is already in the form {@link #normalise} gives. */
    public static boolean isNormalised(String name) {
        try {
            return normalise(name).equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A description of the first refused character (e.g. "U+200B (a format character)"), or null. */
    static String refusedCharacter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String why = why(cp);
            if (why != null) {
                return String.format("U+%04X (%s) at position %d", cp, why, s.codePointCount(0, i) + 1);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String why(int cp) {
        if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            return "a line break";
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> "a control character";
            case Character.FORMAT -> "an invisible format character";
            case Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> "an unassigned or private character";
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "a line break";
            case Character.SPACE_SEPARATOR -> cp == ' ' ? null : "a space other than U+0020";
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> isInvisibleMark(cp) ? "an invisible mark" : null;
            default -> isInvisibleFiller(cp) ? "an invisible filler character" : null;
        };
    }

    /** Combining grapheme joiner and variation selectors render as nothing. */
    private static boolean isInvisibleMark(int cp) {
        return cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Letters that render blank (Hangul fillers, braille blank). */
    private static boolean isInvisibleFiller(int cp) {
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }
}
