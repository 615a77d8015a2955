package com.annavaram.bench.scenario;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.annavaram.bench.data.DataSet;
import com.annavaram.bench.driver.DriverQueries;
import com.annavaram.bench.load.Scenario;
import com.mongodb.client.MongoDatabase;

/**
 * Every scenario by name, each with its driver-only twin where the issue asks for the database limit (list,
 * list-20, detail, search, category). Requests are the storefront's and the admin panel's as CLIENTS.md records them.
 */
public final class ScenarioCatalog {

    /** In run order. {@code admin-list} selects both admin scenarios. */
    public static final List<String> ALL = List.of("list", "list-20", "detail", "search", "category", "cart",
            "checkout", "admin-orders", "admin-products");
    static final Set<String> WITH_DRIVER = Set.of("list", "list-20", "detail", "search", "category");
    static final int ADMIN_PAGE = 20;

    private final String userUrl;
    private final String adminUrl;
    private final DataSet data;
    private final Sessions sessions;
    private final DriverQueries driver;
    private final CartStore carts;
    private final CheckoutAudit audit;

    public ScenarioCatalog(String userUrl, String adminUrl, DataSet data, Sessions sessions, MongoDatabase db) {
        this.userUrl = userUrl;
        this.adminUrl = adminUrl;
        this.data = data;
        this.sessions = sessions;
        this.driver = new DriverQueries(db);
        this.carts = new CartStore(db);
        this.audit = new CheckoutAudit(db, data);
    }

    /** The names asked for, checked and expanded ({@code admin-list}, {@code all}), in run order. */
    public static List<String> resolve(List<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            switch (name.trim()) {
                case "all" -> wanted.addAll(ALL);
                case "admin-list" -> wanted.addAll(List.of("admin-orders", "admin-products"));
                default -> {
                    if (!ALL.contains(name.trim())) {
                        throw new IllegalArgumentException("unknown scenario " + name + "; known: " + ALL
                                + ", admin-list, all");
                    }
                    wanted.add(name.trim());
                }
            }
        }
        return ALL.stream().filter(wanted::contains).toList();
    }

    /** How many measured runs one concurrency level of {@code names} takes (driver twins included). */
    public static int measuredRuns(List<String> names) {
        return resolve(names).stream().mapToInt(n -> WITH_DRIVER.contains(n) ? 2 : 1).sum();
    }

    /** The service scenario of {@code name}, then its driver-only twin if it has one. */
    public List<Scenario> scenarios(String name) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> terms = data.searchTerms();
        List<String> categories = data.categoryNames();
        var products = data.products();
        switch (name) {
            case "list" -> {
                scenarios.add(get(name, "GET /api/products (as the shop sends it: no limit)", r -> "/api/products"));
                scenarios.add(new DriverScenario(name, "count + find newest first, limit 500 + category names",
                        driver, (d, r) -> d.list(DriverQueries.MAX_ITEMS)));
            }
            case "list-20" -> {
                scenarios.add(get(name, "GET /api/products?limit=20", r -> "/api/products?limit=20"));
                scenarios.add(new DriverScenario(name, "count + find newest first, limit 20 + category names",
                        driver, (d, r) -> d.list(20)));
            }
            case "detail" -> {
                scenarios.add(get(name, "GET /api/products/{id} over random active products",
                        r -> "/api/products/" + products.get(r.nextInt(products.size())).toHexString()));
                scenarios.add(new DriverScenario(name, "find by _id + category names", driver,
                        (d, r) -> d.detail(products.get(r.nextInt(products.size())))));
            }
            case "search" -> {
                scenarios.add(get(name, "GET /api/products?search=<term> over " + terms.size() + " terms",
                        r -> "/api/products?search=" + encode(terms.get(r.nextInt(terms.size())))));
                scenarios.add(new DriverScenario(name, "count + find (regex on name, description, category)",
                        driver, (d, r) -> d.search(terms.get(r.nextInt(terms.size())))));
            }
            case "category" -> {
                scenarios.add(get(name, "GET /api/products?category=<name>&sortBy=price-low&sortOrder=asc",
                        r -> "/api/products?category=" + encode(categories.get(r.nextInt(categories.size())))
                                + "&sortBy=price-low&sortOrder=asc"));
                scenarios.add(new DriverScenario(name, "category by name + count + find by price", driver,
                        (d, r) -> d.category(categories.get(r.nextInt(categories.size())))));
            }
            case "cart" -> scenarios.add(new CartScenario(userUrl, sessions, data, carts));
            case "checkout" -> scenarios.add(new CheckoutScenario(userUrl, sessions, data, carts, audit));
            case "admin-orders" -> scenarios.add(new GetScenario(name,
                    "admin GET /api/orders?page=<random>&limit=" + ADMIN_PAGE, adminUrl,
                    r -> "/api/orders?page=" + page(r, data.orders()) + "&limit=" + ADMIN_PAGE,
                    sessions::adminToken));
            case "admin-products" -> scenarios.add(new GetScenario(name,
                    "admin GET /api/products?page=<random>&limit=" + ADMIN_PAGE, adminUrl,
                    r -> "/api/products?page=" + page(r, data.storedProducts()) + "&limit=" + ADMIN_PAGE,
                    sessions::adminToken));
            default -> throw new IllegalArgumentException("unknown scenario " + name);
        }
        return scenarios;
    }

    private GetScenario get(String name, String request, java.util.function.Function<SplittableRandom, String> path) {
        return new GetScenario(name, request, userUrl, path, () -> null);
    }

    private static int page(SplittableRandom random, int items) {
        return 1 + random.nextInt(Math.max(1, items / ADMIN_PAGE));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
