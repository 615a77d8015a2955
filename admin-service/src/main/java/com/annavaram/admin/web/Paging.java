package com.annavaram.admin.web;

import com.annavaram.admin.error.ApiException;

/**
 * {@code page} and {@code limit} of a list request. Lists the admin panel calls without paging return every match up
 * to {@link #MAX_LIMIT} when no {@code limit} is sent; a larger {@code limit} is capped there.
 *
 * @param page the page number, from 1
 * @param limit the page size
 */
public record Paging(int page, int limit) {

    /** The most items one response holds. */
    public static final int MAX_LIMIT = 500;

    /** A request's paging: without {@code limit}, {@code defaultLimit} items. */
    public static Paging of(Integer page, Integer limit, int defaultLimit) {
        if (page != null && page < 1) {
            throw ApiException.invalidParameter("page", "must be 1 or more");
        }
        if (limit != null && limit < 1) {
            throw ApiException.invalidParameter("limit", "must be 1 or more");
        }
        int size = limit == null ? defaultLimit : Math.min(limit, MAX_LIMIT);
        return new Paging(page == null ? 1 : page, size);
    }

    /** A request's paging where no {@code limit} means everything up to the cap. */
    public static Paging allByDefault(Integer page, Integer limit) {
        return of(page, limit, MAX_LIMIT);
    }

    public long skip() {
        return (long) (page - 1) * limit;
    }

    public Pagination describe(long total) {
        return new Pagination(page, limit, total, (total + limit - 1) / limit);
    }
}
