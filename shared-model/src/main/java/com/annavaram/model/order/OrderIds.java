package com.annavaram.model.order;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Human-readable order numbers such as {@code ORD-20261122-7K3QX2}: the UTC day, then six characters of Crockford
 * base 32 (no I, L, O or U) from a secure random source. Sorting them sorts by day; the unique index on
 * {@code orderId} makes a (one in a billion per day) collision a retry.
 */
public final class OrderIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORMAT = Pattern.compile("ORD-\\d{8}-[0-9A-HJKMNP-TV-Z]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public OrderIds(Clock clock) {
        this.clock = clock;
    }

    public OrderIds() {
        this(Clock.systemUTC());
    }

    /** A new order number for today (UTC). */
    public String next() {
        return forDay(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** A new order number for the given day, e.g. for legacy orders completed by the migration. */
    public static String forDay(LocalDate day) {
        StringBuilder id = new StringBuilder("ORD-").append(DAY.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    public static boolean isValid(String orderId) {
        return orderId != null && FORMAT.matcher(orderId).matches();
    }
}
