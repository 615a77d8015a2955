package com.annavaram.hardening.load;

import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Outcomes;
import com.annavaram.hardening.support.Shop;
import com.annavaram.hardening.support.StockAudit;
import com.annavaram.model.CollectionNames;

/**
 * Part 5: a mixed load from both front ends at once (storefront customers browsing, filling carts, checking out,
 * reviewing; admins changing order statuses, editing products, moderating reviews), then an audit of the database:
 * stock reconciles with orders for every product, no unequal alias pair, every order complete, every admin write in
 * the audit log, and no answer but 2xx and the expected 409s.
 */
@ExtendWith(HardeningPlatform.class)
class MixedLoadIT {

    /** {@code -Dhardening.load.seconds} shortens or lengthens the run; the issue asks for two minutes. */
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("hardening.load.seconds", 120));
    static final int CUSTOMERS = 4;
    static final int ADMINS = 2;

    @Test
    void shouldHoldEveryInvariantUnderMixedLoad() throws Exception {
        HardeningPlatform.Stage stage = HardeningPlatform.stage();
        String adminToken = stage.accounts().superAdminToken();
        Shop shop = new Shop(stage);
        List<String> products = shop.productsOnSale(12, 1);
        products.subList(0, 10).forEach(product -> shop.restock(adminToken, product, 10_000));
        List<Accounts.Customer> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> stage.accounts().signUp(
                "load")).toList();
        StockAudit audit = StockAudit.baseline(stage.db());
        Outcomes outcomes = new Outcomes();
        List<AdminWorker> admins = IntStream.range(0, ADMINS).mapToObj(i -> new AdminWorker(stage, adminToken,
                products, outcomes)).toList();
        Instant start = Instant.now();
        Instant end = start.plus(LENGTH);

        ExecutorService pool = Executors.newFixedThreadPool(CUSTOMERS + ADMINS);
        List<Future<?>> running = new ArrayList<>();
        for (Accounts.Customer customer : customers) {
            StorefrontWorker worker = new StorefrontWorker(stage, customer, products, outcomes);
            running.add(pool.submit(() -> until(end, worker::step, outcomes)));
        }
        admins.forEach(worker -> running.add(pool.submit(() -> until(end, worker::step, outcomes))));
        for (Future<?> task : running) {
            task.get(LENGTH.toSeconds() + 120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> writes = admins.stream().flatMap(a -> a.writes().stream()).toList();
        List<String> unaudited = unaudited(stage, writes, start);
        List<String> mismatches = audit.mismatches(stage.db());
        long orders = stage.db().getCollection(CollectionNames.ORDERS).countDocuments(gte("createdAt", Date.from(
                start)));
        Figures.report("mixed load", LENGTH.toSeconds() + " s, " + CUSTOMERS + " customers + " + ADMINS
                + " admins: " + outcomes.requests() + " requests (" + outcomes.requests() / Math.max(1, LENGTH
                        .toSeconds())
                + "/s), " + orders + " orders, " + writes.size() + " admin writes, "
                + outcomes.countStatus(409) + " expected 409s " + conflicts(outcomes) + ", "
                + outcomes.unexpected().size()
                + " unexpected answers, slowest " + outcomes.slowestMillis() + " ms; lost: " + mismatches.size()
                + " stock mismatches, " + unaudited.size() + " unaudited writes");
        assertThat(outcomes.unexpected()).as("answers other than 2xx and expected 409s").isEmpty();
        assertThat(orders).as("orders placed under load").isPositive();
        assertThat(mismatches).as("stock against orders").isEmpty();
        assertThat(StockAudit.aliasViolations(stage.db())).as("unequal alias pairs").isEmpty();
        assertThat(StockAudit.incompleteOrders(stage.db())).as("incomplete orders").isEmpty();
        assertThat(StockAudit.stuckCarts(stage.db())).as("carts lost mid-checkout").isEmpty();
        assertThat(unaudited).as("admin writes missing from the audit log").isEmpty();
    }

    private static Map<String, Integer> conflicts(Outcomes outcomes) {
        Map<String, Integer> conflicts = new TreeMap<>();
        outcomes.summary().forEach((label, count) -> {
            if (label.endsWith(" 409")) {
                conflicts.put(label.substring(0, label.length() - 4), count);
            }
        });
        return conflicts;
    }

    private static void until(Instant end, Runnable step, Outcomes outcomes) {
        while (Instant.now().isBefore(end)) {
            try {
                step.run();
            } catch (Http.HttpFailure e) {
                outcomes.failure("load", e);
            }
        }
    }

    /** Writes answered 2xx without as many audit entries for their target since the load started. */
    private static List<String> unaudited(HardeningPlatform.Stage stage, List<String> writes, Instant start) {
        Map<String, Integer> expected = new HashMap<>();
        writes.forEach(w -> expected.merge(w.substring(w.indexOf(' ') + 1), 1, Integer::sum));
        Map<String, Integer> audited = new HashMap<>();
        for (Document entry : stage.db().getCollection(CollectionNames.AUDIT_LOGS).find(gte("at", Date.from(
                start)))) {
            audited.merge(String.valueOf(entry.get("targetId")), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        expected.forEach((target, count) -> {
            if (audited.getOrDefault(target, 0) < count) {
                missing.add(target + ": " + count + " writes, " + audited.getOrDefault(target, 0) + " audit entries");
            }
        });
        return missing;
    }
}
