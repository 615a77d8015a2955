package com.annavaram.user.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The success envelope the storefront reads: {@code {success: true, message?, data}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, String message, T data) {

    public static <T> ApiResponse<T> of(String message, T data) {
        return new ApiResponse<>(true, message, data);
    }

    public static ApiResponse<Void> message(String message) {
        return new ApiResponse<>(true, message, null);
    }
}
