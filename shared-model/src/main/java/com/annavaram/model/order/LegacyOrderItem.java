package com.annavaram.model.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** An order line as the legacy storefront kept it in {@code order_items}; read by the migration only. */
public class LegacyOrderItem implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.ORDER_ITEMS;

    public static final String _ID = "_id";
    public static final String ORDER = "order";
    public static final String PRODUCT = "product";
    public static final String PRODUCT_NAME = "productName";
    public static final String UNIT_PRICE = "unitPrice";
    public static final String QUANTITY = "quantity";
    public static final String SUBTOTAL = "subtotal";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private ObjectId order;
    private ObjectId product;
    private String productName;
    private BigDecimal unitPrice;
    private Integer quantity;
    private BigDecimal subtotal;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public ObjectId getOrder() {
        return order;
    }

    public void setOrder(ObjectId order) {
        this.order = order;
    }

    public ObjectId getProduct() {
        return product;
    }

    public void setProduct(ObjectId product) {
        this.product = product;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public void setSubtotal(BigDecimal subtotal) {
        this.subtotal = subtotal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
