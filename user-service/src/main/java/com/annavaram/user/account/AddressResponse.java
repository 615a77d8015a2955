package com.annavaram.user.account;

/** A saved address as the checkout page reads it. */
public record AddressResponse(String id, String label, String contactName, String phone, String line1, String line2,
        String city, String state, String postalCode, String country, boolean isDefault) {
}
