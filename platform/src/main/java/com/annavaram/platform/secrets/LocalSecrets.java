package com.annavaram.platform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The secrets of a local run, generated once into a folder so tokens and one-time codes survive restarts: the admin
 * service's HS256 key, the storefront's RS256 key pair (PKCS#8 and X.509 PEM) and its OTP pepper. Existing files are
 * never replaced.
 */
public final class LocalSecrets {

    public static final String ADMIN_JWT_SECRET = "admin-jwt-secret";
    public static final String JWT_PRIVATE_KEY = "jwt-private.pem";
    public static final String JWT_PUBLIC_KEY = "jwt-public.pem";
    public static final String OTP_PEPPER = "otp-pepper";
    private static final int RSA_BITS = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    /** Creates whichever of the secrets is missing in {@code dir}; returns the files it created. */
    public static List<Path> ensure(Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> created = new ArrayList<>();
            if (write(dir.resolve(ADMIN_JWT_SECRET), randomText(48))) {
                created.add(dir.resolve(ADMIN_JWT_SECRET));
            }
            if (write(dir.resolve(OTP_PEPPER), randomText(32))) {
                created.add(dir.resolve(OTP_PEPPER));
            }
            Path privateKey = dir.resolve(JWT_PRIVATE_KEY);
            Path publicKey = dir.resolve(JWT_PUBLIC_KEY);
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(RSA_BITS, RANDOM);
                KeyPair pair = generator.generateKeyPair();
                Files.deleteIfExists(privateKey);
                Files.deleteIfExists(publicKey);
                write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                created.add(privateKey);
                created.add(publicKey);
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local secrets in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** Writes a new file readable by its owner only; {@code false} when it already exists. */
    private static boolean write(Path file, String content) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own permissions apply.
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return true;
    }
}
