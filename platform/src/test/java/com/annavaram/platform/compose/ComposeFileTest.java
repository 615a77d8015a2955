package com.annavaram.platform.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot be run here (no Docker engine); its structure is checked by parsing it. */
class ComposeFileTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final String MONGODB_URI = "mongodb://mongo:27017/online_annavaram?replicaSet=rs0";
    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|PEPPER|TOKEN|KEY_ID|PRIVATE_KEY)$");
    /** {@code ${VAR}}, {@code ${VAR:-}} (empty default) or {@code ${VAR:?message}}: no value in the file. */
    private static final Pattern NO_LITERAL = Pattern.compile("\\$\\{[A-Z0-9_]+(:-|:\\?[^}]*)?}");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    private static String text;
    private static Map<String, Object> compose;

    @BeforeAll
    static void parse() throws IOException {
        Path file = ROOT.resolve("docker-compose.yml");
        text = Files.readString(file);
        try (Reader reader = Files.newBufferedReader(file)) {
            compose = new Yaml().load(reader);
        }
    }

    @Test
    void shouldDeclareTheDatabaseTheBrowserBothServicesAndTheMigration() {
        assertThat(services()).containsOnlyKeys("mongo", "mongo-express", "admin-service", "user-service",
                "migration");
        assertThat(service("mongo-express").get("image").toString()).startsWith("mongo-express:");
    }

    @Test
    void shouldRunMongoDb8AsAReplicaSetInitialisedByItsHealthcheck() {
        Map<String, Object> mongo = service("mongo");

        assertThat(mongo.get("image")).isEqualTo("mongo:8.0");
        assertThat(list(mongo.get("command"))).containsSequence("--replSet", "rs0");
        assertThat(String.join(" ", list(map(mongo.get("healthcheck")).get("test")))).contains("mongosh",
                "rs.initiate", "_id: 'rs0'", "host: 'mongo:27017'", "isWritablePrimary");
        assertThat(list(mongo.get("volumes"))).contains("mongo-data:/data/db");
    }

    @Test
    void shouldProbeTheHealthOfMongoAndBothServices() {
        assertThat(healthcheck("mongo")).contains("mongosh");
        assertThat(healthcheck("admin-service")).contains("http://127.0.0.1:5001/health");
        assertThat(healthcheck("user-service")).contains("http://127.0.0.1:4000/q/health/ready");
    }

    @Test
    void shouldStartEverythingOnlyOnceMongoIsHealthy() {
        for (String name : List.of("mongo-express", "admin-service", "user-service", "migration")) {
            Map<String, Object> dependsOn = map(service(name).get("depends_on"));
            assertThat(map(dependsOn.get("mongo"))).as(name).containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void shouldBuildEachServiceFromItsDockerfileInTheRepositoryRoot() {
        for (String name : List.of("admin-service", "user-service", "migration")) {
            Map<String, Object> build = map(service(name).get("build"));
            assertThat(build).containsEntry("context", ".").containsEntry("dockerfile", name + "/Dockerfile");
            assertThat(ROOT.resolve(name + "/Dockerfile")).exists();
        }
    }

    @Test
    void shouldConfigureTheAdminServiceThroughItsEnvironmentVariables() {
        Map<String, Object> env = environment("admin-service");

        assertThat(env).containsEntry("MONGODB_URI", MONGODB_URI).containsEntry("PORT", "5001").containsKeys(
                "ADMIN_EMAIL", "ADMIN_PASSWORD", "ADMIN_JWT_SECRET", "CORS_ALLOWED_ORIGINS", "RATE_LIMITS");
        assertThat(list(service("admin-service").get("ports"))).containsExactly("${ADMIN_PORT:-5001}:5001");
    }

    @Test
    void shouldConfigureTheStorefrontThroughItsEnvironmentVariables() {
        Map<String, Object> env = environment("user-service");

        assertThat(env).containsEntry("MONGODB_URI", MONGODB_URI).containsEntry("PORT", "4000")
                .containsEntry("JWT_PRIVATE_KEY_PATH", "/run/secrets/jwt_private_key")
                .containsEntry("JWT_PUBLIC_KEY_PATH", "/run/secrets/jwt_public_key")
                .containsKeys("CORS_ALLOWED_ORIGINS", "OTP_PEPPER", "MAIL_LOG", "SMTP_HOST", "SMTP_PORT",
                        "SMTP_USERNAME", "SMTP_PASSWORD", "SMTP_FROM", "RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET",
                        "RAZORPAY_WEBHOOK_SECRET");
        assertThat(list(service("user-service").get("ports"))).containsExactly("${USER_PORT:-4000}:4000");
        assertThat(list(service("user-service").get("secrets"))).containsExactly("jwt_private_key",
                "jwt_public_key");
        assertThat(map(compose.get("secrets"))).containsOnlyKeys("jwt_private_key", "jwt_public_key");
    }

    @Test
    void shouldRunTheMigrationOnlyOnDemandUnderTheToolsProfile() {
        Map<String, Object> migration = service("migration");

        assertThat(list(migration.get("profiles"))).containsExactly("tools");
        assertThat(environment("migration")).containsEntry("MONGODB_URI", MONGODB_URI);
        for (String name : List.of("mongo", "mongo-express", "admin-service", "user-service")) {
            assertThat(service(name)).as(name).doesNotContainKey("profiles");
        }
    }

    @Test
    void shouldHoldNoSecretValue() {
        for (String name : services().keySet()) {
            environment(name).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertThat(String.valueOf(value)).as(name + " " + key).matches(NO_LITERAL);
                }
            });
        }
        assertThat(text).doesNotContain("BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY", "rzp_live_", "rzp_test_");
    }

    @Test
    void shouldDocumentEveryVariableItReadsInEnvExample() throws IOException {
        String example = Files.readString(ROOT.resolve(".env.example"));
        Set<String> referenced = new TreeSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            referenced.add(matcher.group(1));
        }

        assertThat(referenced).contains("ADMIN_JWT_SECRET", "OTP_PEPPER", "SMTP_PASSWORD", "RAZORPAY_KEY_SECRET",
                "JWT_PRIVATE_KEY_FILE");
        assertThat(referenced).allSatisfy(name -> assertThat(example).as(name).containsPattern("(?m)^" + name + "="));
        assertThat(example).containsPattern("(?m)^ADMIN_JWT_SECRET=$").containsPattern("(?m)^ADMIN_PASSWORD=$")
                .containsPattern("(?m)^RAZORPAY_KEY_SECRET=$").containsPattern("(?m)^SMTP_PASSWORD=$");
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        assertThat(services()).containsKey(name);
        return map(services().get(name));
    }

    private static Map<String, Object> environment(String name) {
        Object env = service(name).get("environment");
        return env == null ? Map.of() : map(env);
    }

    private static String healthcheck(String name) {
        Map<String, Object> healthcheck = map(service(name).get("healthcheck"));
        assertThat(healthcheck).as(name).containsKeys("test", "interval", "retries");
        return String.join(" ", list(healthcheck.get("test")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
