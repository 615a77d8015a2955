package com.annavaram.model.payment;

import java.math.BigDecimal;
import java.time.Instant;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** A payment attempt for an order ({@code payments}); amounts in rupees. */
public class Payment implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.PAYMENTS;

    public static final String _ID = "_id";
    public static final String ORDER = "order";
    public static final String USER = "user";
    public static final String GATEWAY = "gateway";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String STATUS = "status";
    public static final String TRANSACTION_ID = "transactionId";
    public static final String GATEWAY_ORDER_ID = "gatewayOrderId";
    public static final String RAW_RESPONSE = "rawResponse";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private ObjectId order;
    private ObjectId user;
    private String gateway;
    private BigDecimal amount;
    private String currency;
    private String status;
    private String transactionId;
    private String gatewayOrderId;
    private Document rawResponse;
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

    public ObjectId getUser() {
        return user;
    }

    public void setUser(ObjectId user) {
        this.user = user;
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
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

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getGatewayOrderId() {
        return gatewayOrderId;
    }

    public void setGatewayOrderId(String gatewayOrderId) {
        this.gatewayOrderId = gatewayOrderId;
    }

    public Document getRawResponse() {
        return rawResponse;
    }

    public void setRawResponse(Document rawResponse) {
        this.rawResponse = rawResponse;
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
