package com.annavaram.bench.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.types.ObjectId;

import com.annavaram.bench.data.DataSet;
import com.annavaram.bench.load.Http;
import com.annavaram.bench.load.Scenario;

/**
 * Checkout (S28) with the manual gateway: each iteration prepares the customer's cart in the database (untimed: one
 * regular product, and in {@value #HOT_SHARE_PERCENT}% of carts also one or two units of a hot product whose stock
 * runs out during the run), then times {@code POST /api/orders}. 201 is an order; 409 (stock gone, or the customer's
 * limit reached) is expected and counted apart. {@link CheckoutAudit} checks stock and alias pairs afterwards.
 */
final class CheckoutScenario implements Scenario {

    static final int HOT_SHARE_PERCENT = 30;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final String userUrl;
    private final Sessions sessions;
    private final DataSet data;
    private final CartStore carts;
    private final CheckoutAudit audit;
    private final List<ObjectId> regular;
    private volatile String marker;

    CheckoutScenario(String userUrl, Sessions sessions, DataSet data, CartStore carts, CheckoutAudit audit) {
        this.userUrl = userUrl;
        this.sessions = sessions;
        this.data = data;
        this.carts = carts;
        this.audit = audit;
        this.regular = data.regularProducts();
    }

    @Override
    public String name() {
        return "checkout";
    }

    @Override
    public String side() {
        return "service";
    }

    @Override
    public String request() {
        return "POST /api/orders {shippingAddress, notes} from a cart prepared in the database (manual gateway)";
    }

    @Override
    public Set<Integer> expectedStatuses() {
        return Set.of(409);
    }

    @Override
    public void beforeRun(int concurrency) {
        sessions.refreshCustomers();
        carts.clearAll();
        audit.begin();
        marker = "bench-checkout-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
    }

    @Override
    public Map<String, Object> afterRun() {
        return audit.verify(marker);
    }

    @Override
    public Worker worker(int index, int concurrency) {
        Http http = new Http();
        SplittableRandom random = new SplittableRandom(index * 15_485_863L);
        Customers mine = new Customers(index, concurrency, sessions.customers());
        String body = "{\"shippingAddress\":{\"name\":\"Bench Customer\",\"phone\":\"9876543210\","
                + "\"line1\":\"12-3-45 Main Road\",\"line2\":\"Near the temple\",\"city\":\"Kakinada\","
                + "\"state\":\"Andhra Pradesh\",\"postalCode\":\"533001\",\"country\":\"IN\"},\"notes\":\"" + marker
                + "\"}";
        return Worker.over(http, recording -> {
            int customer = mine.next();
            Map<ObjectId, Integer> lines = new LinkedHashMap<>();
            lines.put(regular.get(random.nextInt(regular.size())), 1);
            if (random.nextInt(100) < HOT_SHARE_PERCENT) {
                lines.put(data.hotProducts().get(random.nextInt(data.hotProducts().size())), 1 + random.nextInt(2));
            }
            carts.prepare(data.customers().get(customer), lines, data.prices());
            recording.http(() -> http.post(userUrl + "/api/orders", sessions.customerToken(customer), body));
        });
    }
}
