package com.annavaram.admin.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.annavaram.admin.error.ApiException;

/** Document versions over HTTP: an {@code ETag} of {@code "<version>"}, and {@code If-Match} read back. */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private Versions() {
    }

    public static String etag(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /**
     * The version a write expects: {@code If-Match} when sent, else the body's {@code version}, else {@code null}
     * (the write then checks against the version it read itself).
     */
    public static Long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return bodyVersion;
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw ApiException.invalidParameter("If-Match", "must be the ETag of the product, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
