package com.annavaram.admin.customer;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Customers as the admin sees them: never a password hash, OTP state, session or lockout data, only whether a
 * password or Google sign-in exists.
 */
final class CustomerViews {

    private CustomerViews() {
    }

    record Address(String id, String label, String contactName, String phone, String line1, String line2, String city,
            String state, String postalCode, String country, Boolean isDefault) {
    }

    record Customer(@JsonProperty("_id") String id, String fullName, String email, String phone, String role,
            Boolean isActive, Boolean emailVerified, boolean hasPassword, boolean hasGoogleSignIn,
            List<Address> addresses, Instant createdAt, Instant updatedAt) {
    }

    /** A customer with their orders, newest first. */
    record Detail(@JsonProperty("_id") String id, String fullName, String email, String phone, String role,
            Boolean isActive, Boolean emailVerified, boolean hasPassword, boolean hasGoogleSignIn,
            List<Address> addresses, Instant createdAt, Instant updatedAt, long orderCount, List<?> orders) {

        static Detail of(Customer c, long orderCount, List<?> orders) {
            return new Detail(c.id(), c.fullName(), c.email(), c.phone(), c.role(), c.isActive(), c.emailVerified(),
                    c.hasPassword(), c.hasGoogleSignIn(), c.addresses(), c.createdAt(), c.updatedAt(), orderCount,
                    orders);
        }
    }
}
