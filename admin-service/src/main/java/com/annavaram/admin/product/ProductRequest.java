package com.annavaram.admin.product;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of A11 (create) and A12 (edit). {@code maxUnitsPerUser} may be {@code null} (the panel's
 * {@code parseInt('')}); {@code stock} is accepted for {@code totalStock}; {@code version} is the optimistic lock for
 * clients that cannot send {@code If-Match}. Absent optional fields keep their stored values on an edit.
 */
record ProductRequest(@NotBlank @Size(max = ProductRules.MAX_NAME) String name,
        @Size(max = ProductRules.MAX_DESCRIPTION) String description, @NotBlank String categoryId,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal price,
        @PositiveOrZero @Max(ProductRules.MAX_STOCK) Integer totalStock,
        @PositiveOrZero @Max(ProductRules.MAX_STOCK) Integer stock, Boolean isUnlimitedPurchase,
        @Min(1) @Max(ProductRules.MAX_STOCK) Integer maxUnitsPerUser,
        @Size(max = ProductRules.MAX_URL) @Pattern(regexp = ProductRules.URL) String imageUrl,
        @Size(max = ProductRules.MAX_IMAGES) List<@NotBlank @Size(max = ProductRules.MAX_URL) @Pattern(regexp = ProductRules.URL) String> images,
        Boolean isActive, @PositiveOrZero Long version) {
}
