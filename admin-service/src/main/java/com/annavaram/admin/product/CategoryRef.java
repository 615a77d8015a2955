package com.annavaram.admin.product;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A product's {@code categoryId}, populated as the panel reads it ({@code categoryId._id}, {@code categoryId.name}).
 * Never {@code null}: the panel's edit form and filter crash on a null {@code categoryId}. A legacy product whose
 * category cannot be resolved gets {@code _id: null} and its stored category name.
 *
 * @param id the category id, or {@code null} when unresolved
 * @param name the category name
 * @param isActive whether the category is active, or {@code null} when unresolved
 */
public record CategoryRef(@JsonProperty("_id") String id, String name, Boolean isActive) {
}
