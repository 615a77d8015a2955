package com.annavaram.model.order;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Human-readable order numbers such as {@code ORD-20261122-7K3QX2}: the UTC day, then six characters of Crockford
 * base 32 (no I, L, O or U) from a secure random source. Sorting them sorts by day. Six characters give about 10^9
 * codes a day, so a collision is rare but not negligible at volume (about 0.5% for 10,000 orders in one day): the
 * unique index on {@code orderId} catches it and the writer retries with a new number.
 */
public final class OrderIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORMAT = Pattern.compile("ORD-\\d{8}-[0-9A-HJKMNP-TV-Z]{6}");
    private static final SecureRandom SECURE = new SecureRandom();

    private final Clock clock;
    private final Random random;

    public OrderIds(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public OrderIds() {
        this(Clock.systemUTC(), SECURE);
    }

    /** A new order number for today (UTC). */
    public String next() {
        return format(LocalDate.now(clock.withZone(ZoneOffset.UTC)), random);
    }

    /** A new order number for the given day, e.g. for legacy orders completed by the migration. */
    public static String forDay(LocalDate day) {
        return format(day, SECURE);
    }

    private static String format(LocalDate day, Random random) {
        StringBuilder id = new StringBuilder("ORD-").append(DAY.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    public static boolean isValid(String orderId) {
        return orderId != null && FORMAT.matcher(orderId).matches();
    }
}
