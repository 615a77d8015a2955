package com.annavaram.migration.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void shouldGiveDifferentlyWrittenNamesOneKey() {
        assertThat(NameKey.of("  Kara  Sev ")).isEqualTo(NameKey.of("Kara Sev")).isEqualTo("kara sev");
        assertThat(NameKey.of("Groundnut-Oil 1L!")).isEqualTo(NameKey.of("Groundnut Oil 1L"));
        assertThat(NameKey.of("Cow-Ghee (1L)")).isEqualTo(NameKey.of("Cow Ghee 1L"));
        assertThat(NameKey.of("ＢＯＢＢＡＴＬＵ")).isEqualTo(NameKey.of("Bobbatlu"));
        assertThat(NameKey.of("Straße")).isEqualTo(NameKey.of("STRASSE"));
    }

    @Test
    void shouldKeepNonAsciiNamesDistinct() {
        assertThat(NameKey.of("పూతరేకులు")).isNotEqualTo(NameKey.of("కాకినాడ కాజా")).isNotBlank();
        assertThat(NameKey.of("Pootharekulu")).isNotEqualTo(NameKey.of("పూతరేకులు"));
    }

    @Test
    void shouldReproduceTheLegacySlugRule() {
        assertThat(NameKey.legacySlug("Podis & Spices")).isEqualTo("podis-spices");
        assertThat(NameKey.legacySlug("Jackfruit-Chips!")).isEqualTo("jackfruit-chips");
        assertThat(NameKey.legacySlug("పూతరేకులు")).isEmpty();
    }
}
