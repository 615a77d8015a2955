package com.annavaram.model.bson;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Rupee amounts: two decimals, stored as Decimal128. Legacy documents hold money as int32, int64, double, Decimal128
 * or a numeric string; all of them read into the same {@link BigDecimal}.
 */
public final class Money {

    public static final String CURRENCY = "INR";
    public static final int SCALE = 2;

    private Money() {
    }

    /** Two decimals, half up; {@code null} stays {@code null}. */
    public static BigDecimal normalise(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Reads any numeric representation.
     *
     * @throws IllegalArgumentException for a value that is not a number (the message says what it found)
     */
    public static BigDecimal read(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        if (value instanceof BigDecimal d) {
            amount = d;
        } else if (value instanceof Decimal128 d) {
            amount = d.bigDecimalValue();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a finite amount: " + value);
            }
            amount = BigDecimal.valueOf(d);
        } else if (value instanceof Number n) {
            amount = BigDecimal.valueOf(n.longValue());
        } else if (value instanceof String s) {
            try {
                amount = new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an amount: \"" + s + "\"");
            }
        } else if (value instanceof BsonValue b && b.isNumber()) {
            amount = b.isDecimal128()
                    ? b.asDecimal128().getValue().bigDecimalValue()
                    : b.isDouble()
                            ? BigDecimal.valueOf(b.asDouble().getValue())
                            : BigDecimal.valueOf(b.asNumber().longValue());
        } else {
            throw new IllegalArgumentException("not an amount: " + value.getClass().getSimpleName());
        }
        return normalise(amount);
    }

    /** The Decimal128 that is stored for an amount. */
    public static Decimal128 toDecimal128(BigDecimal amount) {
        return new Decimal128(normalise(amount));
    }
}
