package com.annavaram.user.account.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bson.types.ObjectId;

/**
 * Six-digit codes from a CSPRNG, stored only as an HMAC-SHA256 over the user id, the bucket and the code, so a stored
 * hash is useless for another user or bucket and, with a pepper configured, useless without the server's secret.
 */
public final class OtpCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";
    /** Used when no pepper is configured; then the hash only binds the code to its user and bucket. */
    private static final String UNPEPPERED = "annavaram-otp";

    private final byte[] key;

    public OtpCodes(String pepper) {
        this.key = (pepper == null || pepper.isEmpty() ? UNPEPPERED : pepper).getBytes(StandardCharsets.UTF_8);
    }

    public static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public String hash(ObjectId user, OtpBucket bucket, String code) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] digest = mac.doFinal((user.toHexString() + ":" + bucket.field() + ":" + code).getBytes(
                    StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison of a code with a stored hash. */
    public boolean matches(ObjectId user, OtpBucket bucket, String code, String storedHash) {
        if (code == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(user, bucket, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
