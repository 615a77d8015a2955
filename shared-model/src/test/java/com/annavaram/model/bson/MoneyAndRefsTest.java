package com.annavaram.model.bson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class MoneyAndRefsTest {

    @Test
    void shouldReadEveryNumericRepresentationToTwoDecimals() {
        assertThat(Money.read(5)).isEqualTo(new BigDecimal("5.00"));
        assertThat(Money.read(5L)).isEqualTo(new BigDecimal("5.00"));
        assertThat(Money.read(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30"));
        assertThat(Money.read(new Decimal128(new BigDecimal("12.345")))).isEqualTo(new BigDecimal("12.35"));
        assertThat(Money.read(" 7.5 ")).isEqualTo(new BigDecimal("7.50"));
        assertThat(Money.read(null)).isNull();
    }

    @Test
    void shouldRefuseWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.read("seven")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seven");
        assertThatThrownBy(() -> Money.read(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadReferencesStoredAsIdsOrHexStrings() {
        ObjectId id = new ObjectId();

        assertThat(Refs.objectId(id)).contains(id);
        assertThat(Refs.objectId(id.toHexString())).contains(id);
        assertThat(Refs.objectId("kakinada-kaja")).isEmpty();
        assertThat(Refs.parse("64a0000000000000000000c1")).isPresent();
        assertThat(Refs.parse("64A0000000000000000000C1x")).isEmpty();
        assertThat(Refs.parse(null)).isEmpty();
    }
}
