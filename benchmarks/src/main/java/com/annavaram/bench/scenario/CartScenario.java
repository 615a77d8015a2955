package com.annavaram.bench.scenario;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.bson.types.ObjectId;

import com.annavaram.bench.data.DataSet;
import com.annavaram.bench.load.Http;
import com.annavaram.bench.load.Scenario;

/**
 * A logged-in customer adds a random product ({@code POST /api/cart/items}, one unit) and reads the cart
 * ({@code GET /api/cart}); both are timed. Every {@value #LINES_BEFORE_CLEAR} additions the cart is emptied in the
 * database, untimed, so carts stay the size a shopper's would.
 */
final class CartScenario implements Scenario {

    static final int LINES_BEFORE_CLEAR = 5;

    private final String userUrl;
    private final Sessions sessions;
    private final DataSet data;
    private final CartStore carts;
    private final List<ObjectId> products;

    CartScenario(String userUrl, Sessions sessions, DataSet data, CartStore carts) {
        this.userUrl = userUrl;
        this.sessions = sessions;
        this.data = data;
        this.carts = carts;
        this.products = data.regularProducts();
    }

    @Override
    public String name() {
        return "cart";
    }

    @Override
    public String side() {
        return "service";
    }

    @Override
    public String request() {
        return "POST /api/cart/items {productId, quantity:1} then GET /api/cart (customer token)";
    }

    /** A line that would pass the customer's per-product limit is refused with 409, as the shop would see it. */
    @Override
    public Set<Integer> expectedStatuses() {
        return Set.of(409);
    }

    @Override
    public void beforeRun(int concurrency) {
        sessions.refreshCustomers();
        carts.clearAll();
    }

    @Override
    public Worker worker(int index, int concurrency) {
        Http http = new Http();
        SplittableRandom random = new SplittableRandom(index * 104_729L);
        Customers mine = new Customers(index, concurrency, sessions.customers());
        int[] added = new int[sessions.customers()];
        return Worker.over(http, recording -> {
            int customer = mine.next();
            String token = sessions.customerToken(customer);
            String body = "{\"productId\":\"" + products.get(random.nextInt(products.size())).toHexString()
                    + "\",\"quantity\":1}";
            recording.http(() -> http.post(userUrl + "/api/cart/items", token, body));
            recording.http(() -> http.get(userUrl + "/api/cart", token));
            if (++added[customer] % LINES_BEFORE_CLEAR == 0) {
                carts.clear(data.customers().get(customer));
            }
        });
    }
}
