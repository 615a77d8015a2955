package com.annavaram.admin.category;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of A5 (create, {@code name} required) and A6 (edit, any of the fields).
 *
 * @param name the category name, unique regardless of case
 * @param description free text
 * @param isActive whether the category is offered
 */
record CategoryRequest(@Size(max = CategoryService.MAX_NAME) @Pattern(regexp = ".*\\S.*") String name,
        @Size(max = 2000) String description, Boolean isActive) {
}
