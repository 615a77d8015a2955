package com.annavaram.admin.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductRulesTest {

    @Test
    void shouldKeepTheLimitSent() {
        assertThat(ProductRules.maxUnitsPerUser(4, true, 50)).isEqualTo(4);
    }

    @Test
    void shouldUseTheWholeStockForUnlimitedPurchaseAndOneOtherwise() {
        assertThat(ProductRules.maxUnitsPerUser(null, true, 50)).isEqualTo(50);
        assertThat(ProductRules.maxUnitsPerUser(null, true, 0)).isEqualTo(1);
        assertThat(ProductRules.maxUnitsPerUser(null, false, 50)).isEqualTo(1);
    }

    @Test
    void shouldAcceptHttpUrlsAndLocalPathsOnly() {
        assertThat("https://img.example/a.jpg").matches(ProductRules.URL);
        assertThat("/uploads/a.jpg").matches(ProductRules.URL);
        assertThat("").matches(ProductRules.URL);
        assertThat("javascript:alert(1)").doesNotMatch(ProductRules.URL);
    }
}
