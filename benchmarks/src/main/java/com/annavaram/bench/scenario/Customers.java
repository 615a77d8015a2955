package com.annavaram.bench.scenario;

/**
 * The customers one virtual user acts for: {@code index}, {@code index + concurrency}, ... so no two virtual users
 * share a cart (with more users than customers, they share customers round the list).
 */
final class Customers {

    private final int[] mine;
    private int next;

    Customers(int index, int concurrency, int customers) {
        int count = Math.max(1, (customers - index + concurrency - 1) / concurrency);
        mine = new int[count];
        for (int i = 0; i < count; i++) {
            mine[i] = (index + i * concurrency) % customers;
        }
    }

    /** The next customer in turn. */
    int next() {
        int customer = mine[next];
        next = (next + 1) % mine.length;
        return customer;
    }
}
