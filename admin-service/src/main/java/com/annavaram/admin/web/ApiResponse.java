package com.annavaram.admin.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The success body the admin panel reads: {@code {success: true, data, message?, pagination?}}.
 *
 * @param success always {@code true}; errors are problem+json bodies with {@code success: false}
 * @param data what was asked for
 * @param message a sentence for the panel to show, where the legacy API sent one
 * @param pagination what part of a list {@code data} holds
 */
public record ApiResponse<T>(boolean success, T data, @JsonInclude(JsonInclude.Include.NON_NULL) String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) Pagination pagination) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, data, null, null);
    }

    public static <T> ApiResponse<T> ok(T data, String message) {
        return new ApiResponse<>(true, data, message, null);
    }

    public static <T> ApiResponse<T> page(T data, Pagination pagination) {
        return new ApiResponse<>(true, data, null, pagination);
    }
}
