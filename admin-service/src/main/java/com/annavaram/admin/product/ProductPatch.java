package com.annavaram.admin.product;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /api/products/{id}}: any subset of the product's editable fields. */
record ProductPatch(@Size(min = 1, max = ProductRules.MAX_NAME) @Pattern(regexp = ".*\\S.*") String name,
        @Size(max = ProductRules.MAX_DESCRIPTION) String description, String categoryId,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal price,
        @PositiveOrZero @Max(ProductRules.MAX_STOCK) Integer totalStock,
        @PositiveOrZero @Max(ProductRules.MAX_STOCK) Integer stock, Boolean isUnlimitedPurchase,
        @Min(1) @Max(ProductRules.MAX_STOCK) Integer maxUnitsPerUser,
        @Size(max = ProductRules.MAX_URL) @Pattern(regexp = ProductRules.URL) String imageUrl,
        @Size(max = ProductRules.MAX_IMAGES) List<@NotBlank @Size(max = ProductRules.MAX_URL) @Pattern(regexp = ProductRules.URL) String> images,
        Boolean isActive, @PositiveOrZero Long version) {

    /** The fields of a full edit, as a patch that sets each of them. */
    static ProductPatch of(ProductRequest request) {
        return new ProductPatch(request.name(), request.description(), request.categoryId(), request.price(),
                request.totalStock(), request.stock(), request.isUnlimitedPurchase(), request.maxUnitsPerUser(),
                request.imageUrl(), request.images(), request.isActive(), request.version());
    }

    /** The stock the request names, under either name ({@code totalStock} first). */
    Integer anyStock() {
        return totalStock != null ? totalStock : stock;
    }

    boolean isEmpty() {
        return name == null && description == null && categoryId == null && price == null && anyStock() == null
                && isUnlimitedPurchase == null && maxUnitsPerUser == null && imageUrl == null && images == null
                && isActive == null;
    }
}
