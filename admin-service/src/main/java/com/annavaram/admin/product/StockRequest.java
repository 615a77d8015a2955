package com.annavaram.admin.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code PATCH /api/products/{id}/stock}: the new stock, shown as {@code totalStock} and {@code stock}. */
record StockRequest(@NotNull @PositiveOrZero @Max(ProductRules.MAX_STOCK) Integer stock,
        @PositiveOrZero Long version) {
}
