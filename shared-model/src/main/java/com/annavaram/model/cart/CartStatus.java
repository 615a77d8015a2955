package com.annavaram.model.cart;

import java.util.Arrays;
import java.util.Optional;

/** The states of a cart, as stored: one active cart per customer, converted once ordered. */
public enum CartStatus {

    ACTIVE("active"), CONVERTED("converted"), ABANDONED("abandoned");

    private final String stored;

    CartStatus(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }

    public static Optional<CartStatus> lenient(String value) {
        return Arrays.stream(values()).filter(s -> s.stored.equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst();
    }

    @Override
    public String toString() {
        return stored;
    }
}
