package com.annavaram.user.account.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.user.account.AccountConfig;

import io.quarkus.runtime.Startup;

/**
 * The RSA key pair access tokens are signed and verified with: read from PEM files when {@code JWT_PRIVATE_KEY_PATH}
 * and {@code JWT_PUBLIC_KEY_PATH} are set, otherwise generated in memory at start (local use only: tokens then die
 * with the process and no other instance accepts them). Loaded at start, so a bad key stops the start.
 */
@Startup
@Singleton
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);
    private static final int GENERATED_BITS = 2048;

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    JwtKeys(AccountConfig config) {
        Optional<String> privatePath = config.tokens().privateKeyPath();
        Optional<String> publicPath = config.tokens().publicKeyPath();
        try {
            if (privatePath.isPresent() || publicPath.isPresent()) {
                if (privatePath.isEmpty()) {
                    throw new IllegalStateException("JWT_PUBLIC_KEY_PATH is set but JWT_PRIVATE_KEY_PATH is not");
                }
                this.privateKey = readPrivateKey(Path.of(privatePath.get()));
                this.publicKey = publicPath.isPresent()
                        ? readPublicKey(Path.of(publicPath.get()))
                        : publicKeyOf(privateKey);
                LOG.infof("access tokens signed with the key pair from %s", privatePath.get());
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(GENERATED_BITS);
                KeyPair pair = generator.generateKeyPair();
                this.privateKey = pair.getPrivate();
                this.publicKey = (RSAPublicKey) pair.getPublic();
                LOG.warn("JWT_PRIVATE_KEY_PATH/JWT_PUBLIC_KEY_PATH not set: generated an RSA key pair in memory. "
                        + "Access tokens will not survive a restart and no other instance accepts them; "
                        + "set both paths in production.");
            }
            this.keyId = thumbprint(publicKey);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the JWT keys: " + e.getMessage(), e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The {@code kid} header of every token signed here. */
    public String keyId() {
        return keyId;
    }

    static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException(file + " is PKCS#1; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in old.pem -out private.pem'");
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem, "PRIVATE KEY")));
    }

    static RSAPublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBody(pem,
                "PUBLIC KEY")));
    }

    private static RSAPublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
        if (key instanceof RSAPrivateCrtKey crt) {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                    crt.getPublicExponent()));
        }
        throw new IllegalStateException("set JWT_PUBLIC_KEY_PATH: the public key cannot be derived");
    }

    private static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("expected a PEM block '" + begin + "'");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static String thumbprint(RSAPublicKey key) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }
}
