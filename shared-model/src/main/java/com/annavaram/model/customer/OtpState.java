package com.annavaram.model.customer;

import java.time.Instant;
import java.util.List;

/** One one-time-password bucket: the hash, its expiry, wrong attempts and the times it was sent. */
public class OtpState {

    public static final String OTP_HASH = "otpHash";
    public static final String OTP_EXPIRES_AT = "otpExpiresAt";
    public static final String ATTEMPTS = "attempts";
    public static final String SENT_HISTORY = "sentHistory";

    private String otpHash;
    private Instant otpExpiresAt;
    private Integer attempts;
    private List<Instant> sentHistory;

    public String getOtpHash() {
        return otpHash;
    }

    public void setOtpHash(String otpHash) {
        this.otpHash = otpHash;
    }

    public Instant getOtpExpiresAt() {
        return otpExpiresAt;
    }

    public void setOtpExpiresAt(Instant otpExpiresAt) {
        this.otpExpiresAt = otpExpiresAt;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public List<Instant> getSentHistory() {
        return sentHistory;
    }

    public void setSentHistory(List<Instant> sentHistory) {
        this.sentHistory = sentHistory;
    }
}
