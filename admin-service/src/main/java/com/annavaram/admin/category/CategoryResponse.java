package com.annavaram.admin.category;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A category as A4 and A10 read it. */
record CategoryResponse(@JsonProperty("_id") String id, String name, String slug, String description,
        Boolean isActive, Boolean isDeleted, Instant createdAt, Instant updatedAt) {
}
