package com.annavaram.hardening.load;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Json;
import com.annavaram.hardening.support.Outcomes;
import com.annavaram.hardening.support.Reply;
import com.annavaram.hardening.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One storefront customer as the storefront's screens drive the API (CLIENTS.md S16–S31): browse, look at a product,
 * fill and adjust the cart, check out, read the order history, review what was bought, toggle the wishlist.
 */
final class StorefrontWorker {

    /** A second review of one product and a race for the last units are the only refusals a customer may see. */
    static final int[] ANSWERS = {200, 201, 409};

    private final HardeningPlatform.Stage stage;
    private final Shop shop;
    private final Accounts.Customer customer;
    private final List<String> products;
    private final Outcomes outcomes;

    StorefrontWorker(HardeningPlatform.Stage stage, Accounts.Customer customer, List<String> products,
            Outcomes outcomes) {
        this.stage = stage;
        this.shop = new Shop(stage);
        this.customer = customer;
        this.products = products;
        this.outcomes = outcomes;
    }

    void step() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Http store = stage.store();
        String token = customer.accessToken();
        outcomes.record("S16 products", store.get("/api/products").send(), ANSWERS);
        String first = products.get(random.nextInt(products.size()));
        String second = products.get(random.nextInt(products.size()));
        outcomes.record("S17 product", store.get("/api/products/" + first).send(), ANSWERS);
        outcomes.record("S18 reviews", store.get("/api/reviews/products/" + first + "?limit=20").send(), ANSWERS);
        Reply cart = outcomes.record("S23 add", shop.addToCart(token, first, 1), ANSWERS);
        outcomes.record("S23 add", shop.addToCart(token, second, 1 + random.nextInt(2)), ANSWERS);
        JsonNode items = outcomes.record("S22 cart", store.get("/api/cart").bearer(token).send(), ANSWERS).data()
                .path("items");
        if (items.size() > 1) {
            String item = items.get(0).path("id").asText();
            if (random.nextBoolean()) {
                outcomes.record("S24 quantity", store.patch("/api/cart/items/" + item).bearer(token).json(Json
                        .object().put("quantity", 2)).send(), ANSWERS);
            } else {
                outcomes.record("S25 remove", store.delete("/api/cart/items/" + item).bearer(token).send(),
                        ANSWERS);
            }
        }
        if (cart.status() < 300) {
            outcomes.record("S28 order", shop.placeOrder(token, UUID.randomUUID().toString()), ANSWERS);
        }
        outcomes.record("S30 orders", store.get("/api/orders").bearer(token).send(), ANSWERS);
        outcomes.record("S19 review", store.post("/api/reviews").bearer(token).json(Json.object().put("productId",
                first).put("rating", 1 + random.nextInt(5)).put("title", "Load").put("comment",
                        "Written under load"))
                .send(), ANSWERS);
        outcomes.record("S27 wishlist", store.post("/api/wishlist/toggle").bearer(token).json(Json.object().put(
                "productId", second)).send(), ANSWERS);
    }
}
