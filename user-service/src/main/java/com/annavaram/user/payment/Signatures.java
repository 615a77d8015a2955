package com.annavaram.user.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Razorpay's signatures: HMAC-SHA256 in lower-case hex, compared in constant time. */
final class Signatures {

    private Signatures() {
    }

    static String hmacHex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether {@code signature} is the HMAC of {@code message}; never short-circuits on the first differing byte. */
    static boolean matches(String secret, byte[] message, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = hmacHex(secret, message).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** The checkout signature covers {@code <razorpay order id>|<payment id>}. */
    static boolean paymentMatches(String secret, String razorpayOrderId, String paymentId, String signature) {
        return matches(secret, (razorpayOrderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8), signature);
    }
}
