package com.annavaram.model.customer;

import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** A customer login session ({@code sessions}); the refresh token is stored only as a hash. */
public class Session implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.SESSIONS;

    public static final String _ID = "_id";
    public static final String USER = "user";
    public static final String REFRESH_TOKEN_HASH = "refreshTokenHash";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String REVOKED_AT = "revokedAt";
    public static final String REVOKED_REASON = "revokedReason";
    public static final String REPLACED_BY = "replacedBy";
    public static final String USER_AGENT = "userAgent";
    public static final String IP_ADDRESS = "ipAddress";
    public static final String LAST_USED_AT = "lastUsedAt";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private ObjectId user;
    private String refreshTokenHash;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revokedReason;
    private ObjectId replacedBy;
    private String userAgent;
    private String ipAddress;
    private Instant lastUsedAt;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public ObjectId getUser() {
        return user;
    }

    public void setUser(ObjectId user) {
        this.user = user;
    }

    public String getRefreshTokenHash() {
        return refreshTokenHash;
    }

    public void setRefreshTokenHash(String refreshTokenHash) {
        this.refreshTokenHash = refreshTokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Instant revokedAt) {
        this.revokedAt = revokedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public void setRevokedReason(String revokedReason) {
        this.revokedReason = revokedReason;
    }

    public ObjectId getReplacedBy() {
        return replacedBy;
    }

    public void setReplacedBy(ObjectId replacedBy) {
        this.replacedBy = replacedBy;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(Instant lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
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
