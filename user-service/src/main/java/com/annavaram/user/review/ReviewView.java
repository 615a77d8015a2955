package com.annavaram.user.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A review as the product page reads it (S18): {@code comment} (the text under either stored name), the verified
 * flag, and the author's id and name ({@code user.id} equal to the shopper's id shows the edit buttons).
 */
public record ReviewView(String id, @JsonProperty("_id") String mongoId, String productId, int rating, String title,
        String comment, @JsonProperty("isVerifiedPurchase") boolean isVerifiedPurchase,
        @JsonProperty("isApproved") boolean isApproved, Instant createdAt, Instant updatedAt, Author user,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProductRef product) {

    /** The author as shown. */
    public record Author(String id, String fullName) {
    }

    /** The reviewed product, on "my reviews". */
    public record ProductRef(String id, String name, String slug, String image) {
    }
}
