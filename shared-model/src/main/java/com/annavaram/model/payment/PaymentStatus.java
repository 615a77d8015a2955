package com.annavaram.model.payment;

import java.util.Arrays;
import java.util.Optional;

/** The states of a payment, as stored. */
public enum PaymentStatus {

    INITIATED("initiated"), AUTHORIZED("authorized"), CAPTURED("captured"), FAILED("failed"), REFUNDED("refunded");

    private final String stored;

    PaymentStatus(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }

    public static Optional<PaymentStatus> lenient(String value) {
        return Arrays.stream(values()).filter(s -> s.stored.equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst();
    }

    @Override
    public String toString() {
        return stored;
    }
}
