package com.annavaram.model.bson;

import java.math.BigDecimal;

import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Money: writes BigDecimal as Decimal128 with two decimals; reads Decimal128, int32, int64, double and numeric strings
 * into two decimals. Every BigDecimal of the documents is a rupee amount.
 */
public final class LenientBigDecimalCodec implements Codec<BigDecimal> {

    @Override
    public void encode(BsonWriter writer, BigDecimal value, EncoderContext context) {
        writer.writeDecimal128(Money.toDecimal128(value));
    }

    @Override
    public BigDecimal decode(BsonReader reader, DecoderContext context) {
        BsonType type = reader.getCurrentBsonType();
        BigDecimal amount = switch (type) {
            case DECIMAL128 -> reader.readDecimal128().bigDecimalValue();
            case INT32 -> BigDecimal.valueOf(reader.readInt32());
            case INT64 -> BigDecimal.valueOf(reader.readInt64());
            case DOUBLE -> Money.read(reader.readDouble());
            case STRING -> {
                String text = reader.readString();
                try {
                    yield new BigDecimal(text.trim());
                } catch (NumberFormatException e) {
                    throw new BsonInvalidOperationException("expected an amount but found \"" + text + "\"");
                }
            }
            default -> throw new BsonInvalidOperationException("expected an amount but found " + type);
        };
        return Money.normalise(amount);
    }

    @Override
    public Class<BigDecimal> getEncoderClass() {
        return BigDecimal.class;
    }
}
