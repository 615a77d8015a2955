package com.annavaram.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.annavaram.admin.error.ApiException;

class PagingTest {

    @Test
    void shouldReturnEverythingUpToTheCapWithoutALimit() {
        Paging paging = Paging.allByDefault(null, null);

        assertThat(paging.limit()).isEqualTo(500);
        assertThat(paging.skip()).isZero();
        assertThat(paging.describe(1234)).isEqualTo(new Pagination(1, 500, 1234, 3));
    }

    @Test
    void shouldCapALargeLimitAndPageWhenAsked() {
        assertThat(Paging.allByDefault(3, 100_000).limit()).isEqualTo(500);
        assertThat(Paging.of(3, 20, 20).skip()).isEqualTo(40);
        assertThat(Paging.of(1, 20, 20).describe(0).pages()).isZero();
    }

    @Test
    void shouldRefuseAPageOrLimitBelowOne() {
        assertThatThrownBy(() -> Paging.of(0, null, 20)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Paging.of(null, -5, 20)).isInstanceOf(ApiException.class);
    }

    @Test
    void shouldReadIfMatchAndFallBackToTheBodyVersion() {
        assertThat(Versions.expected("\"7\"", null)).isEqualTo(7L);
        assertThat(Versions.expected("W/\"7\"", 3L)).isEqualTo(7L);
        assertThat(Versions.expected(null, 3L)).isEqualTo(3L);
        assertThat(Versions.expected("*", null)).isNull();
        assertThat(Versions.etag(null)).isEqualTo("\"0\"");
        assertThatThrownBy(() -> Versions.expected("\"abc\"", null)).isInstanceOf(ApiException.class);
    }
}
