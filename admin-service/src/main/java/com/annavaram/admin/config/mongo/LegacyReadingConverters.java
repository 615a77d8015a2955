package com.annavaram.admin.config.mongo;

import java.math.BigDecimal;
import java.util.List;

import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import com.annavaram.model.bson.Money;
import com.annavaram.model.bson.Refs;

/**
 * Reads what the legacy back ends stored the way shared-model's {@code LenientBigDecimalCodec} and
 * {@code LenientObjectIdCodec} do, so both services load the same values from the same document: money as int32,
 * int64, double, Decimal128 or numeric string, always to two decimals, and references as 24-hex strings.
 */
final class LegacyReadingConverters {

    private LegacyReadingConverters() {
    }

    static List<Converter<?, ?>> all() {
        return List.of(new IntToMoney(), new LongToMoney(), new DoubleToMoney(), new StringToMoney(),
                new Decimal128ToMoney(), new MoneyToDecimal128(), new StringToObjectId());
    }

    @ReadingConverter
    static final class IntToMoney implements Converter<Integer, BigDecimal> {
        @Override
        public BigDecimal convert(Integer source) {
            return Money.read(source);
        }
    }

    @ReadingConverter
    static final class LongToMoney implements Converter<Long, BigDecimal> {
        @Override
        public BigDecimal convert(Long source) {
            return Money.read(source);
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
            return Money.read(source);
        }
    }

    @ReadingConverter
    static final class Decimal128ToMoney implements Converter<Decimal128, BigDecimal> {
        @Override
        public BigDecimal convert(Decimal128 source) {
            return Money.read(source);
        }
    }

    /** Every amount is stored with two decimals, whichever service writes it. */
    @WritingConverter
    static final class MoneyToDecimal128 implements Converter<BigDecimal, Decimal128> {
        @Override
        public Decimal128 convert(BigDecimal source) {
            return Money.toDecimal128(source);
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
