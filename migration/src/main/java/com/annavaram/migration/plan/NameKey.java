package com.annavaram.migration.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two differently written product names match on: Unicode NFKC, case-folded, every run of characters that
 * are not letters, combining marks or digits collapsed to one space, trimmed. "  Kara  Sev " and "kara-sev!" share
 * the key {@code kara sev}.
 */
public final class NameKey {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern LEGACY_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEGACY_EDGES = Pattern.compile("^-|-$");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        // Full case folding: upper then lower maps ß to ss and the final sigma like the other sigmas.
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SEPARATORS.matcher(text).replaceAll(" ").trim();
    }

    /** The slug the legacy back ends generated: {@code name.toLowerCase().replace(/[^a-z0-9]+/g,'-')}, edges cut. */
    public static String legacySlug(String name) {
        if (name == null) {
            return "";
        }
        String slug = LEGACY_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        return LEGACY_EDGES.matcher(slug).replaceAll("");
    }
}
