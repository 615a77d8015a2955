package com.annavaram.hardening.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Outcomes;
import com.annavaram.hardening.support.Reply;
import com.annavaram.hardening.support.Shop;

/**
 * Customers checking out in a loop (multi-line carts, so a fault can land between the first stock take and the
 * order), browsers and an admin listing orders, until stopped. Every answer goes into {@link Outcomes}.
 */
final class Shoppers implements AutoCloseable {

    static final int[] CHECKOUT_ANSWERS = {200, 201, 400, 409, 503};
    static final int[] READ_ANSWERS = {200, 503};

    private final Outcomes outcomes = new Outcomes();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool;
    private final List<Future<?>> tasks = new ArrayList<>();

    Shoppers(HardeningPlatform.Stage stage, List<Accounts.Customer> customers, List<String> products,
            String adminToken) {
        this.pool = Executors.newFixedThreadPool(customers.size() + 2);
        Shop shop = new Shop(stage);
        for (Accounts.Customer customer : customers) {
            tasks.add(pool.submit(() -> loop(() -> checkout(shop, customer, products))));
        }
        tasks.add(pool.submit(() -> loop(() -> read("browse", stage.store(), "/api/products?limit=5", null))));
        tasks.add(pool.submit(() -> loop(() -> read("admin orders", stage.admin(), "/api/orders?limit=5",
                adminToken))));
    }

    Outcomes outcomes() {
        return outcomes;
    }

    private void checkout(Shop shop, Accounts.Customer customer, List<String> products) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int line = 0; line < 3; line++) {
            String product = products.get(random.nextInt(products.size()));
            attempt("add to cart", () -> shop.addToCart(customer.accessToken(), product, 1), 200, 201, 400, 409,
                    503);
        }
        attempt("place order", () -> shop.placeOrder(customer.accessToken(), UUID.randomUUID().toString()),
                CHECKOUT_ANSWERS);
    }

    private void read(String label, Http http, String path, String token) {
        attempt(label, () -> http.get(path).bearer(token).send(), READ_ANSWERS);
        pause(50);
    }

    private void attempt(String label, Supplier<Reply> call, int... allowed) {
        try {
            outcomes.record(label, call.get(), allowed);
        } catch (Http.HttpFailure e) {
            outcomes.failure(label, e);
            pause(100);
        }
    }

    private void loop(Runnable step) {
        while (running.get()) {
            step.run();
        }
    }

    /** Keeps going for {@code duration}. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean await(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            pause(200);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        running.set(false);
        for (Future<?> task : tasks) {
            try {
                task.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                outcomes.unexpected("shopper did not stop: " + e);
            }
        }
        pool.shutdownNow();
    }
}
