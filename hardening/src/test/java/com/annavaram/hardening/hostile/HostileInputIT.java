package com.annavaram.hardening.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Reply;
import com.annavaram.hardening.support.Shop;
import com.annavaram.hardening.support.Snapshot;
import com.annavaram.model.CollectionNames;

/**
 * Part 1 of the hardening issue: every operation of both OpenAPI documents gets the hostile catalogue (wrong types,
 * missing and extra fields, huge strings and arrays, deep nesting, invalid UTF-8, operator keys and objects, regex
 * metacharacters, malformed and foreign ids, extreme numbers, duplicate parameters), with a token and without. No
 * answer may be a 5xx, an error that is not a problem, a leak of internals, a hang, or an accepted write; and the raw
 * database is the same afterwards.
 */
@ExtendWith(HardeningPlatform.class)
class HostileInputIT {

    /** Names of internals a response must never show. */
    static final Pattern LEAK = Pattern.compile("Exception|\\.java:\\d+|\\bat (java|jdk|org|com|io)\\.|"
            + "org\\.springframework|com\\.mongodb|io\\.quarkus|io\\.vertx|io\\.smallrye|jakarta\\.|tools\\.jackson|"
            + "com\\.fasterxml|org\\.bson|com\\.annavaram|org\\.apache|java\\.(lang|util|io)\\.");
    /** Writes that succeed, by design, whatever is sent: logging out is idempotent and never says who is logged in. */
    static final Set<String> ALWAYS_SUCCEEDS = Set.of("user POST /api/auth/logout");
    /** Public operations the admin document marks with its global bearer requirement. */
    static final Set<String> PUBLIC = Set.of("admin GET /health", "admin POST /api/auth/login");
    static final long SLOW_MILLIS = 10_000;
    /**
     * Fields that change while nothing is written on a client's behalf. None so far: every login happens before the
     * first snapshot, and neither service records reads.
     */
    static final Map<String, Set<String>> IGNORED = Map.of();

    private static HardeningPlatform.Stage stage;
    private static String adminToken;
    private static String customerToken;
    private static Map<String, String> realIds;

    @BeforeAll
    static void fixtures() {
        stage = HardeningPlatform.stage();
        Accounts accounts = stage.accounts();
        Shop shop = new Shop(stage);
        adminToken = accounts.superAdminToken();
        String targetAdmin = accounts.createAdmin(adminToken, "hostile-target-" + System.nanoTime()
                + "@hardening.test", "admin");
        Accounts.Customer customer = accounts.signUp("hostile");
        customerToken = customer.accessToken();
        String product = shop.productsOnSale(1, 5).get(0);
        String address = shop.addAddress(customerToken);
        String order = shop.order(customerToken, product, 1);
        String review = shop.review(customerToken, product);
        String payment = stage.db().getCollection(CollectionNames.PAYMENTS).find().first().getObjectId("_id")
                .toHexString();
        String category = stage.db().getCollection(CollectionNames.CATEGORIES).find().first().getObjectId("_id")
                .toHexString();
        realIds = Map.of("/api/admins", targetAdmin, "/api/products", product, "/api/wishlist", product,
                "/api/categories", category, "/api/orders", order, "/api/reviews", review, "/api/payments", payment,
                "/api/users", customer.userId(), "/api/auth/addresses", address);
    }

    @Test
    void shouldAnswerEveryHostileInputWithAProblemAndChangeNothing() {
        List<HostileCase> admin = cases("admin", stage.admin().get("/v3/api-docs").send());
        List<HostileCase> user = cases("user", stage.store().get("/q/openapi?format=json").send());
        Snapshot before = Snapshot.take(stage.db(), IGNORED);

        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> adminRun = CompletableFuture.runAsync(() -> run(stage.admin(), adminToken, admin,
                statuses, failures));
        CompletableFuture<Void> userRun = CompletableFuture.runAsync(() -> run(stage.store(), customerToken, user,
                statuses, failures));
        CompletableFuture.allOf(adminRun, userRun).join();
        Snapshot after = Snapshot.take(stage.db(), IGNORED);

        long operations = admin.stream().map(c -> c.operation().name()).distinct().count() + user.stream().map(
                c -> c.operation().name()).distinct().count();
        Figures.report("hostile input", (admin.size() + user.size()) + " inputs over " + operations
                + " operations (admin " + admin.size() + ", user " + user.size() + "); statuses "
                + new TreeMap<>(statuses) + "; failures " + failures.size() + "; documents compared "
                + before.documents());
        assertThat(failures).as("hostile inputs answered wrongly").isEmpty();
        assertThat(before.differences(after)).as("database changes").isEmpty();
    }

    private static List<HostileCase> cases(String service, Reply document) {
        assertThat(document.status()).as(service + " OpenAPI document").isEqualTo(200);
        List<Operation> operations = new OpenApiDocument(document.json()).operations(service);
        assertThat(operations).as(service + " operations").hasSizeGreaterThan(20);
        HostileCases generator = new HostileCases((op, parameter) -> realIds.entrySet().stream().filter(
                e -> op.path().startsWith(e.getKey() + "/")).map(Map.Entry::getValue).findFirst().orElse(
                        HostileValues.FOREIGN_ID));
        return operations.stream().flatMap(op -> generator.of(op).stream()).toList();
    }

    private static void run(Http http, String token, List<HostileCase> cases, Map<String, AtomicInteger> statuses,
            List<String> failures) {
        for (HostileCase hostile : cases) {
            Http.Call call = http.call(hostile.operation().method(), hostile.path()).bearer(hostile.authenticated()
                    ? token
                    : null);
            if (hostile.body() != null) {
                call.body(hostile.body(), "application/json");
            }
            hostile.headers().forEach(call::header);
            try {
                Reply reply = call.send();
                statuses.computeIfAbsent(Integer.toString(reply.status()), s -> new AtomicInteger()).incrementAndGet();
                String problem = judge(hostile, reply);
                if (problem != null) {
                    failures.add(problem + ": " + hostile.describe() + " -> " + reply.status() + " " + abbreviate(reply
                            .body()));
                }
            } catch (Http.HttpFailure e) {
                statuses.computeIfAbsent("none", s -> new AtomicInteger()).incrementAndGet();
                failures.add("no answer: " + hostile.describe() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                failures.add("not sendable (fix the case): " + hostile.describe() + ": " + e.getMessage());
            }
        }
    }

    /** What is wrong with the answer, or null. */
    static String judge(HostileCase hostile, Reply reply) {
        if (reply.status() >= 500) {
            return "server error";
        }
        if (reply.status() >= 400 && !reply.isProblem()) {
            return "not a problem";
        }
        if (reply.status() < 400 && !hostile.operation().isRead() && hostile.authenticated()
                && !ALWAYS_SUCCEEDS.contains(hostile.operation().name())) {
            return "write accepted";
        }
        if (reply.status() < 400 && !hostile.authenticated() && hostile.operation().secured()
                && !PUBLIC.contains(hostile.operation().name())) {
            return "no token accepted";
        }
        if (LEAK.matcher(reply.body()).find()) {
            return "leak";
        }
        if (reply.millis() > SLOW_MILLIS) {
            return "slow (" + reply.millis() + " ms)";
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
