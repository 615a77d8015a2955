package com.annavaram.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateEverySecretOnceReadableByItsOwnerOnly() throws Exception {
        List<Path> created = LocalSecrets.ensure(dir);

        assertThat(created).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                LocalSecrets.ADMIN_JWT_SECRET, LocalSecrets.OTP_PEPPER, LocalSecrets.JWT_PRIVATE_KEY,
                LocalSecrets.JWT_PUBLIC_KEY);
        assertThat(Files.readString(dir.resolve(LocalSecrets.ADMIN_JWT_SECRET)).getBytes()).hasSizeGreaterThan(32);
        for (Path file : created) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void shouldNeverReplaceAnExistingSecret() throws Exception {
        LocalSecrets.ensure(dir);
        String secret = Files.readString(dir.resolve(LocalSecrets.ADMIN_JWT_SECRET));
        String key = Files.readString(dir.resolve(LocalSecrets.JWT_PRIVATE_KEY));

        assertThat(LocalSecrets.ensure(dir)).isEmpty();
        assertThat(Files.readString(dir.resolve(LocalSecrets.ADMIN_JWT_SECRET))).isEqualTo(secret);
        assertThat(Files.readString(dir.resolve(LocalSecrets.JWT_PRIVATE_KEY))).isEqualTo(key);
    }

    @Test
    void shouldWriteAMatchingPkcs8AndX509KeyPairAsTheStorefrontReadsIt() throws Exception {
        LocalSecrets.ensure(dir);
        String privatePem = Files.readString(dir.resolve(LocalSecrets.JWT_PRIVATE_KEY));
        String publicPem = Files.readString(dir.resolve(LocalSecrets.JWT_PUBLIC_KEY));

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").doesNotContain("RSA PRIVATE KEY");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(body(privatePem, "PRIVATE KEY")));
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(body(publicPem, "PUBLIC KEY")));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("annavaram".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("annavaram".getBytes());
        assertThat(verifier.verify(signature)).isTrue();
    }

    private static byte[] body(String pem, String type) {
        String inner = pem.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "");
        return Base64.getMimeDecoder().decode(inner);
    }
}
