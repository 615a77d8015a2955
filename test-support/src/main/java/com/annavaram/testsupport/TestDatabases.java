package com.annavaram.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Database names that no other test class uses, so test classes sharing one server do not see each other. */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    /** A fresh name such as {@code it_products_3_1a2b}. */
    public static String unique(String purpose) {
        return "it_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + COUNTER.incrementAndGet() + "_"
                + Long.toHexString(System.nanoTime() & 0xffff);
    }
}
