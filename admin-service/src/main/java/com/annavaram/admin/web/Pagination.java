package com.annavaram.admin.web;

/**
 * The part of a list a response holds, as the legacy API described it.
 *
 * @param page the page number, from 1
 * @param limit the page size used
 * @param total every match of the query
 * @param pages how many pages of {@code limit} the matches fill
 */
public record Pagination(int page, int limit, long total, long pages) {
}
