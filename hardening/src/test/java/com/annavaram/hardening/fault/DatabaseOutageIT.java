package com.annavaram.hardening.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Outcomes;
import com.annavaram.hardening.support.Reply;
import com.annavaram.hardening.support.Shop;
import com.annavaram.hardening.support.StockAudit;
import com.annavaram.platform.launch.ServiceSpec;

/**
 * Stops the database while both services are under load (checkouts, browsing, admin reads) and starts it again:
 * requests fail fast with 503 problems, health turns unready and back, both services recover without a restart, and
 * no order is half-written (stock and orders reconcile).
 */
@ExtendWith(HardeningPlatform.class)
class DatabaseOutageIT {

    /**
     * The services' server selection timeout is 3 s and the driver retries a read or write once, so an answer may
     * take two selections; nothing may take longer than this.
     */
    static final Duration FAIL_FAST = Duration.ofSeconds(10);
    static final Duration DOWN_FOR = Duration.ofSeconds(12);

    @Test
    void shouldFailFastAndRecoverWhenTheDatabaseStopsUnderLoad() {
        HardeningPlatform.Stage stage = HardeningPlatform.stage();
        String adminToken = stage.accounts().superAdminToken();
        List<Accounts.Customer> customers = IntStream.range(0, 4).mapToObj(i -> stage.accounts().signUp("outage"))
                .toList();
        Shop shop = new Shop(stage);
        List<String> products = shop.productsOnSale(6, 1);
        products.forEach(product -> shop.restock(adminToken, product, 5_000));
        StockAudit audit = StockAudit.baseline(stage.db());
        long adminPid = stage.platform().service(ServiceSpec.ADMIN).pid();
        long userPid = stage.platform().service(ServiceSpec.USER).pid();
        List<String> health = new ArrayList<>();
        Outcomes outcomes;

        try (Shoppers shoppers = new Shoppers(stage, customers, products, adminToken)) {
            Shoppers.pause(3_000);
            stage.platform().stopDatabase();
            Shoppers.pause(4_000);
            health.add(check(stage.admin(), "/health", 503));
            health.add(check(stage.admin(), "/actuator/health", 503));
            health.add(check(stage.store(), "/q/health/ready", 503));
            Shoppers.pause(DOWN_FOR.toMillis() - 4_000);
            stage.platform().startDatabase();
            boolean recovered = Shoppers.await(() -> healthy(stage.admin(), "/health") && healthy(stage.store(),
                    "/q/health/ready"), Duration.ofSeconds(60));
            assertThat(recovered).as("both services ready again without a restart").isTrue();
            Shoppers.pause(3_000);
            outcomes = shoppers.outcomes();
        }

        assertThat(health).as("health while the database is down").allMatch(h -> h.endsWith("ok"));
        assertThat(stage.platform().service(ServiceSpec.ADMIN).pid()).isEqualTo(adminPid);
        assertThat(stage.platform().service(ServiceSpec.USER).pid()).isEqualTo(userPid);
        assertThat(stage.store().get("/api/products?limit=1").send().status()).isEqualTo(200);
        assertThat(stage.admin().get("/api/orders?limit=1").bearer(adminToken).send().status()).isEqualTo(200);
        Shoppers.await(() -> audit.mismatches(stage.db()).isEmpty() && StockAudit.stuckCarts(stage.db()).isEmpty(),
                CheckoutCrashIT.recovery());
        List<String> mismatches = audit.mismatches(stage.db());
        Figures.report("database outage", "stopped " + DOWN_FOR.toSeconds() + " s under load; " + outcomes
                .requests() + " requests, " + outcomes.countStatus(503) + " answered 503, slowest "
                + outcomes.slowestMillis() + " ms (" + outcomes.slowestLabel() + "); " + outcomes.summary()
                + "; reconciliation mismatches "
                + mismatches.size());
        assertThat(outcomes.unexpected()).as("answers other than 2xx, expected 4xx and 503 problems").isEmpty();
        assertThat(outcomes.slowestMillis()).as("slowest answer (ms), " + outcomes.slowestLabel()).isLessThan(
                FAIL_FAST.toMillis());
        assertThat(outcomes.countStatus(503)).as("503 answers while down").isPositive();
        assertThat(mismatches).as("stock against orders").isEmpty();
        assertThat(StockAudit.incompleteOrders(stage.db())).isEmpty();
        assertThat(StockAudit.aliasViolations(stage.db())).isEmpty();
        assertThat(StockAudit.stuckCarts(stage.db())).as("carts lost mid-checkout").isEmpty();
    }

    private static String check(Http http, String path, int expected) {
        Reply reply = http.get(path).send();
        return path + " " + reply.status() + " in " + reply.millis() + " ms " + (reply.status() == expected && reply
                .millis() < FAIL_FAST.toMillis() ? "ok" : "wrong");
    }

    private static boolean healthy(Http http, String path) {
        try {
            return http.get(path).timeout(Duration.ofSeconds(5)).send().status() == 200;
        } catch (Http.HttpFailure e) {
            return false;
        }
    }
}
