package com.annavaram.user.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A category of the shop with the number of its products on sale. */
public record CategoryView(String id, @JsonProperty("_id") String mongoId, String name, String slug,
        String description, long productCount) {
}
