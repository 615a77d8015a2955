package com.annavaram.model.customer;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** A shop customer ({@code users}). */
public class User implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.USERS;

    public static final String _ID = "_id";
    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String PASSWORD_HASH = "passwordHash";
    public static final String PHONE = "phone";
    public static final String ROLE = "role";
    public static final String ADDRESSES = "addresses";
    public static final String IS_ACTIVE = "isActive";
    public static final String EMAIL_VERIFIED = "emailVerified";
    public static final String EMAIL_VERIFIED_AT = "emailVerifiedAt";
    public static final String EMAIL_VERIFICATION = "emailVerification";
    public static final String PASSWORD_RESET = "passwordReset";
    public static final String EMAIL_CHANGE = "emailChange";
    public static final String PENDING_EMAIL = "pendingEmail";
    public static final String GOOGLE_ID = "googleId";
    public static final String FAILED_LOGINS = "failedLogins";
    public static final String LOCKED_UNTIL = "lockedUntil";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private String fullName;
    private String email;
    private String passwordHash;
    private String phone;
    private String role;
    private List<Address> addresses;
    private Boolean isActive;
    private Boolean emailVerified;
    private Instant emailVerifiedAt;
    private OtpState emailVerification;
    private OtpState passwordReset;
    private OtpState emailChange;
    private String pendingEmail;
    private String googleId;
    private Integer failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Address> addresses) {
        this.addresses = addresses;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public Boolean getEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(Boolean emailVerified) {
        this.emailVerified = emailVerified;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public void setEmailVerifiedAt(Instant emailVerifiedAt) {
        this.emailVerifiedAt = emailVerifiedAt;
    }

    public OtpState getEmailVerification() {
        return emailVerification;
    }

    public void setEmailVerification(OtpState emailVerification) {
        this.emailVerification = emailVerification;
    }

    public OtpState getPasswordReset() {
        return passwordReset;
    }

    public void setPasswordReset(OtpState passwordReset) {
        this.passwordReset = passwordReset;
    }

    public OtpState getEmailChange() {
        return emailChange;
    }

    public void setEmailChange(OtpState emailChange) {
        this.emailChange = emailChange;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }

    public void setPendingEmail(String pendingEmail) {
        this.pendingEmail = pendingEmail;
    }

    public String getGoogleId() {
        return googleId;
    }

    public void setGoogleId(String googleId) {
        this.googleId = googleId;
    }

    public Integer getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(Integer failedLogins) {
        this.failedLogins = failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
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
