package com.annavaram.user.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A list the storefront reads as {@code data} (an array), with {@code meta} saying which part of the matching items it
 * is: {@code {page, limit, totalPages, totalItems}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListResponse<T>(boolean success, String message, List<T> data, Meta meta) {

    public static <T> ListResponse<T> of(List<T> data, Meta meta) {
        return new ListResponse<>(true, null, data, meta);
    }

    /** Which page of how many; {@code totalItems} counts every match, also past a cap. */
    public record Meta(int page, int limit, long totalPages, long totalItems) {

        public static Meta of(int page, int limit, long totalItems) {
            return new Meta(page, limit, limit == 0 ? 0 : (totalItems + limit - 1) / limit, totalItems);
        }
    }
}
