package com.annavaram.hardening.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Forges JWTs the way an attacker would, with whatever key material the attack assumes: none, the admin HS secret,
 * the storefront's RSA key, the storefront's public key used as an HMAC secret, or a key of the attacker's own.
 */
public final class Tokens {

    public static final String ADMIN_ISSUER = "annavaram-admin";
    public static final String ADMIN_AUDIENCE = "admin-api";
    public static final String STORE_ISSUER = "annavaram-store";
    public static final String STORE_AUDIENCE = "store-api";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** Claims like the admin service's own. */
    public static ObjectNode adminClaims(String adminId, String role, Instant issued, Instant expires) {
        ObjectNode claims = Json.object().put("iss", ADMIN_ISSUER).put("sub", adminId).put("iat", issued
                .getEpochSecond()).put("exp", expires.getEpochSecond()).put("email", "admin@annavaram.local").put(
                        "role", role)
                .put("jti", "hardening-" + System.nanoTime());
        claims.putArray("aud").add(ADMIN_AUDIENCE);
        return claims;
    }

    /** Claims like the storefront's own. */
    public static ObjectNode storeClaims(String userId, String sessionId, Instant issued, Instant expires) {
        ObjectNode claims = Json.object().put("iss", STORE_ISSUER).put("aud", STORE_AUDIENCE).put("sub", userId).put(
                "upn", userId).put("sid", sessionId).put("iat", issued.getEpochSecond()).put("exp", expires
                        .getEpochSecond())
                .put("jti", "hardening-" + System.nanoTime());
        claims.putArray("groups").add("customer");
        return claims;
    }

    public static String none(ObjectNode claims) {
        return encode(header("none")) + "." + encode(claims) + ".";
    }

    public static String hs256(ObjectNode claims, byte[] secret) {
        String input = encode(header("HS256")) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rs256(ObjectNode claims, PrivateKey key) {
        String input = encode(header("RS256")) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The storefront's signing key, read from the PKCS#8 PEM file the platform generated. */
    public static PrivateKey privateKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(
                    base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair of the attacker's own. */
    public static PrivateKey attackerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode header(String alg) {
        return Json.object().put("alg", alg).put("typ", "JWT");
    }

    private static String encode(ObjectNode node) {
        return B64.encodeToString(Json.write(node).getBytes(StandardCharsets.UTF_8));
    }
}
