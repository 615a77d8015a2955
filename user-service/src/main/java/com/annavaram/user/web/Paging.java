package com.annavaram.user.web;

import com.annavaram.user.error.ApiException;

/**
 * {@code page} and {@code limit} from a query string. Without {@code limit} a list answers every match up to
 * {@code cap} (the storefront never pages); with it, pages of at most {@code cap}.
 */
public record Paging(int page, int limit) {

    public static final int MAX_PAGE = 100_000;

    /** Parses the two parameters; anything but whole numbers in range is a 400. */
    public static Paging of(String page, String limit, int cap) {
        int p = page == null || page.isBlank() ? 1 : parse("page", page, MAX_PAGE);
        int l = limit == null || limit.isBlank() ? cap : parse("limit", limit, cap);
        return new Paging(p, l);
    }

    public int skip() {
        return (page - 1) * limit;
    }

    private static int parse(String name, String value, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be a whole number from 1 to " + max + ".");
    }
}
