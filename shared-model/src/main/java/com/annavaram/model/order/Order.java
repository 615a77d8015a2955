package com.annavaram.model.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;
import com.annavaram.model.alias.AliasTracked;

/** An order ({@code orders}), complete for both the admin panel and the storefront. */
public class Order extends AliasTracked implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.ORDERS;

    public static final String _ID = "_id";
    public static final String ORDER_ID = "orderId";
    public static final String USER_ID = "userId";
    public static final String USER = "user";
    public static final String PRODUCTS = "products";
    public static final String ITEMS = "items";
    public static final String TOTAL_AMOUNT = "totalAmount";
    public static final String CURRENCY = "currency";
    public static final String STATUS = "status";
    public static final String STATUS_HISTORY = "statusHistory";
    public static final String SHIPPING_ADDRESS = "shippingAddress";
    public static final String PAYMENT_INTENT_ID = "paymentIntentId";
    public static final String GATEWAY = "gateway";
    public static final String CART = "cart";
    public static final String NOTES = "notes";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String STOCK_RELEASED = "stockReleased";
    public static final String STOCK_RELEASED_AT = "stockReleasedAt";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String VERSION = "version";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private String orderId;
    private ObjectId userId;
    private ObjectId user;
    private List<OrderLine> products;
    private List<OrderLine> items;
    private BigDecimal totalAmount;
    private String currency;
    private String status;
    private List<StatusChange> statusHistory;
    private ShippingAddress shippingAddress;
    private String paymentIntentId;
    private String gateway;
    private ObjectId cart;
    private String notes;
    private String idempotencyKey;
    private Boolean stockReleased;
    private Instant stockReleasedAt;
    private Instant expiresAt;
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public ObjectId getUserId() {
        return userId;
    }

    public void setUserId(ObjectId userId) {
        this.userId = userId;
        markWritten(USER_ID);
    }

    public ObjectId getUser() {
        return user;
    }

    public void setUser(ObjectId user) {
        this.user = user;
        markWritten(USER);
    }

    public List<OrderLine> getProducts() {
        return products;
    }

    public void setProducts(List<OrderLine> products) {
        this.products = products;
        markWritten(PRODUCTS);
    }

    public List<OrderLine> getItems() {
        return items;
    }

    public void setItems(List<OrderLine> items) {
        this.items = items;
        markWritten(ITEMS);
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public void setTotalAmount(BigDecimal totalAmount) {
        this.totalAmount = totalAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<StatusChange> getStatusHistory() {
        return statusHistory;
    }

    public void setStatusHistory(List<StatusChange> statusHistory) {
        this.statusHistory = statusHistory;
    }

    public ShippingAddress getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(ShippingAddress shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public String getPaymentIntentId() {
        return paymentIntentId;
    }

    public void setPaymentIntentId(String paymentIntentId) {
        this.paymentIntentId = paymentIntentId;
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public ObjectId getCart() {
        return cart;
    }

    public void setCart(ObjectId cart) {
        this.cart = cart;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public Boolean getStockReleased() {
        return stockReleased;
    }

    public void setStockReleased(Boolean stockReleased) {
        this.stockReleased = stockReleased;
    }

    public Instant getStockReleasedAt() {
        return stockReleasedAt;
    }

    public void setStockReleasedAt(Instant stockReleasedAt) {
        this.stockReleasedAt = stockReleasedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
