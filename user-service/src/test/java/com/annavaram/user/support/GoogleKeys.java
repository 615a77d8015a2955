package com.annavaram.user.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A stand-in for Google's signing keys: an RSA key pair whose public half is published as a JWKS file, which the
 * application reads through {@code GOOGLE_JWKS_URL=file:…}. The folder is kept in a system property so the test
 * profile and the test classes (loaded by different class loaders) use the same pair.
 */
public final class GoogleKeys {

    public static final String KEY_ID = "test-google-key";
    private static final String DIR_PROPERTY = "annavaram.test.google.keys";

    private GoogleKeys() {
    }

    /** The URL of the key set, creating the pair on first use. */
    public static synchronized String jwksUrl() {
        return dir().resolve("jwks.json").toUri().toString();
    }

    public static synchronized PrivateKey privateKey() {
        try {
            byte[] der = Files.readAllBytes(dir().resolve("private.der"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dir() {
        String existing = System.getProperty(DIR_PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path dir = Files.createTempDirectory("google-keys");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID
                    + "\",\"n\":\"" + base64Url(publicKey.getModulus()) + "\",\"e\":\""
                    + base64Url(publicKey.getPublicExponent()) + "\"}]}";
            Files.writeString(dir.resolve("jwks.json"), jwks, StandardCharsets.US_ASCII);
            Files.write(dir.resolve("private.der"), pair.getPrivate().getEncoded());
            System.setProperty(DIR_PROPERTY, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
