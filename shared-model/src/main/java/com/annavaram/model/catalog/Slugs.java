package com.annavaram.model.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;

/**
 * URL slugs: lower-case ASCII words joined by hyphens. Accented Latin letters are transliterated; names with no
 * ASCII letter or digit at all (Telugu, for example) get a stable fallback derived from the document id.
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+)|(-+$)");
    private static final Map<String, String> SPECIAL = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d",
            "ł", "l", "þ", "th", "ð", "d", "&", " and ");
    private static final int MAX_LENGTH = 80;
    private static final int MAX_SUFFIX = 10_000;

    private Slugs() {
    }

    /** The slug of a name, possibly empty when the name has no ASCII letter or digit. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String text = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> special : SPECIAL.entrySet()) {
            text = text.replace(special.getKey(), special.getValue());
        }
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = NON_ALNUM.matcher(text).replaceAll("-");
        text = EDGE_DASHES.matcher(text).replaceAll("");
        if (text.length() > MAX_LENGTH) {
            text = EDGE_DASHES.matcher(text.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return text;
    }

    /** The slug of a name, or {@code <prefix>-<last 6 hex digits of id>} when the name gives none. */
    public static String of(String name, String prefix, ObjectId id) {
        String slug = of(name);
        if (!slug.isEmpty()) {
            return slug;
        }
        String hex = id.toHexString();
        return prefix + "-" + hex.substring(hex.length() - 6);
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}, … that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; n < MAX_SUFFIX; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free slug for " + base);
    }
}
