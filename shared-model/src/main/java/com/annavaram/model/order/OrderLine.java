package com.annavaram.model.order;

import java.math.BigDecimal;

import org.bson.types.ObjectId;

import com.annavaram.model.alias.AliasTracked;

/** One line of an order, stored embedded in both {@code products} and {@code items}. */
public class OrderLine extends AliasTracked {

    public static final String PRODUCT_ID = "productId";
    public static final String PRODUCT = "product";
    public static final String PRODUCT_NAME = "productName";
    public static final String QUANTITY = "quantity";
    public static final String UNIT_PRICE = "unitPrice";
    public static final String SUBTOTAL = "subtotal";
    public static final String IMAGE_URL = "imageUrl";

    private ObjectId productId;
    private ObjectId product;
    private String productName;
    private Integer quantity;
    private BigDecimal unitPrice;
    private BigDecimal subtotal;
    private String imageUrl;

    public ObjectId getProductId() {
        return productId;
    }

    public void setProductId(ObjectId productId) {
        this.productId = productId;
        markWritten(PRODUCT_ID);
    }

    public ObjectId getProduct() {
        return product;
    }

    public void setProduct(ObjectId product) {
        this.product = product;
        markWritten(PRODUCT);
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public void setSubtotal(BigDecimal subtotal) {
        this.subtotal = subtotal;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }
}
