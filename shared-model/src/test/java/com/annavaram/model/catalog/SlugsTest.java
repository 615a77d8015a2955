package com.annavaram.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Kakinada Kaja|kakinada-kaja", "Cow Ghee 1L|cow-ghee-1l",
            "Cow-Ghee (1L)|cow-ghee-1l", "  Avakaya   Pickle!! |avakaya-pickle", "Crème Brûlée|creme-brulee",
            "Straße & Co|strasse-and-co", "Ünïcödé Ñame|unicode-name", "ఆవకాయ Avakaya|avakaya"})
    void shouldMakeLowerCaseAsciiSlugs(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @Test
    void shouldGiveTeluguNamesAStableFallbackFromTheId() {
        ObjectId id = new ObjectId("64a00000000000000012ab34");

        assertThat(Slugs.of("పూతరేకులు")).isEmpty();
        assertThat(Slugs.of("పూతరేకులు", "product", id)).isEqualTo("product-12ab34");
        assertThat(Slugs.of("కాకినాడ కాజా", "product", id)).isEqualTo(Slugs.of("పూతరేకులు", "product", id));
    }

    @Test
    void shouldSuffixCollidingSlugs() {
        Set<String> taken = new HashSet<>();
        for (String name : new String[]{"Cow Ghee 1L", "Cow-Ghee (1L)", "COW GHEE 1L"}) {
            taken.add(Slugs.unique(Slugs.of(name), taken::contains));
        }

        assertThat(taken).containsExactlyInAnyOrder("cow-ghee-1l", "cow-ghee-1l-2", "cow-ghee-1l-3");
    }

    @Test
    void shouldCapVeryLongSlugs() {
        assertThat(Slugs.of("a ".repeat(200))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    }

    @Test
    void shouldFailWhenNoSuffixIsFree() {
        assertThatThrownBy(() -> Slugs.unique("x", s -> true)).isInstanceOf(IllegalStateException.class);
    }
}
