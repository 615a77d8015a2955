package com.annavaram.admin.config.mongo;

import java.math.BigDecimal;
import java.util.List;

import org.bson.types.ObjectId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;

import com.annavaram.model.bson.Money;
import com.annavaram.model.bson.Refs;

/**
 * Reads what the legacy back ends stored the way shared-model's {@code LenientBigDecimalCodec} and
 * {@code LenientObjectIdCodec} do, so both services load the same values from the same document: money as int32,
 * int64, double or numeric string, and references as 24-hex strings.
 */
final class LegacyReadingConverters {

    private LegacyReadingConverters() {
    }

    static List<Converter<?, ?>> all() {
        return List.of(new IntToMoney(), new LongToMoney(), new DoubleToMoney(), new StringToMoney(),
                new StringToObjectId());
    }

    @ReadingConverter
    static final class IntToMoney implements Converter<Integer, BigDecimal> {
        @Override
        public BigDecimal convert(Integer source) {
            return BigDecimal.valueOf(source);
        }
    }

    @ReadingConverter
    static final class LongToMoney implements Converter<Long, BigDecimal> {
        @Override
        public BigDecimal convert(Long source) {
            return BigDecimal.valueOf(source);
        }
    }

    /** Rounded to paise as shared-model's codec does, so both services load the same BigDecimal, scale included. */
    @ReadingConverter
    static final class DoubleToMoney implements Converter<Double, BigDecimal> {
        @Override
        public BigDecimal convert(Double source) {
            return Money.read(source);
        }
    }

    @ReadingConverter
    static final class StringToMoney implements Converter<String, BigDecimal> {
        @Override
        public BigDecimal convert(String source) {
            try {
                return new BigDecimal(source.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected an amount but found \"" + source + "\"", e);
            }
        }
    }

    @ReadingConverter
    static final class StringToObjectId implements Converter<String, ObjectId> {
        @Override
        public ObjectId convert(String source) {
            return Refs.objectId(source)
                    .orElseThrow(() -> new IllegalArgumentException("expected an id but found \"" + source + "\""));
        }
    }
}
