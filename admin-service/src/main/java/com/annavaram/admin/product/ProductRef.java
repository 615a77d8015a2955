package com.annavaram.admin.product;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A product populated inside an order line or a review, as A17 and A19 read it.
 *
 * @param id the product id
 * @param name its name
 * @param imageUrl its image
 */
public record ProductRef(@JsonProperty("_id") String id, String name, String imageUrl) {
}
