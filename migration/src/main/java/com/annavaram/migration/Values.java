package com.annavaram.migration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.bson.Refs;

/**
 * Lenient readers for legacy values of the wrong BSON type ("12" for 12, "true" for true, a hex string for an id),
 * and a printable form of any value for reports. A reader returns {@code null} when the value cannot be read.
 */
public final class Values {

    private Values() {
    }

    public static ObjectId id(Object value) {
        return Refs.objectId(value).orElse(null);
    }

    public static BigDecimal money(Object value) {
        try {
            return Money.read(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Integer integer(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        BigDecimal number = value instanceof Boolean ? null : money(value);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("1") || t.equals("yes")
                    ? Boolean.TRUE
                    : t.equals("false") || t.equals("0") || t.equals("no") ? Boolean.FALSE : null;
        }
        if (value instanceof Number n) {
            return n.doubleValue() == 0 ? Boolean.FALSE : n.doubleValue() == 1 ? Boolean.TRUE : null;
        }
        return null;
    }

    public static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    public static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    public static Date date(Object value) {
        if (value instanceof Date d) {
            return d;
        }
        if (value instanceof String s) {
            try {
                return Date.from(Instant.parse(s.trim()));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (value instanceof Long l) {
            return new Date(l);
        }
        return null;
    }

    /** The list under {@code field}, or empty when absent or not a list. */
    public static List<?> list(Document doc, String field) {
        return doc.get(field) instanceof List<?> l ? l : List.of();
    }

    public static Optional<String> text(Document doc, String field) {
        return Optional.ofNullable(string(doc.get(field))).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** A value as reports show it: ids as hex, amounts as plain numbers, dates as ISO-8601. */
    public static Object printable(Object value) {
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Decimal128 d) {
            return d.bigDecimalValue().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Date d) {
            return d.toInstant().toString();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Values::printable).toList();
        }
        if (value instanceof Document d) {
            Document copy = new Document();
            d.forEach((k, v) -> copy.append(k, printable(v)));
            return copy;
        }
        return value;
    }
}
