package com.annavaram.systemtests.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh names and addresses, so every story works on its own data in the shared database. */
public final class Names {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Names() {
    }

    /** {@code prefix} plus a suffix no other story of any run uses, e.g. {@code Kaja Box k3f9a2-7}. */
    public static String unique(String prefix) {
        return prefix + " " + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String email(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet() + "@example.test";
    }

    /** An image URL on the shop's CDN named after {@code name}. */
    public static String imageUrl(String name) {
        return "https://cdn.annavaram.test/products/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".jpg";
    }
}
