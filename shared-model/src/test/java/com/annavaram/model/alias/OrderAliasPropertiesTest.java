package com.annavaram.model.alias;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.bson.types.ObjectId;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.AliasUniverse.Step;
import com.annavaram.model.alias.AliasUniverse.Update;
import com.annavaram.model.alias.AliasUniverse.Write;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Orders: {@code userId}/{@code user}, {@code products}/{@code items}, and {@code productId}/{@code product} per line. */
class OrderAliasPropertiesTest {

    private static final ObjectId ID = new ObjectId("64b0000000000000000000bb");

    @Property(tries = 400)
    void everyPairStaysEqualUnderAnyWritesAndPartialUpdates(@ForAll("seeds") List<Write<Order>> seed,
            @ForAll("steps") List<Step> steps) {
        Order order = new Order();
        order.setId(ID);
        AliasUniverse.run(CollectionNames.ORDERS, order, seed, steps);
    }

    /** Shrunk counterexample: a line naming no product was given {@code productId: null} and no {@code product}. */
    @Example
    void lineNamingNoProductGetsNeitherName() {
        Order order = new Order();
        order.setId(ID);
        AliasUniverse.run(CollectionNames.ORDERS, order, List.of(),
                List.of(new Update("{\"$set\": {\"products\": [{\"productName\": \"Item\", \"quantity\": 1}]}}")));
    }

    @Provide
    Arbitrary<List<Write<Order>>> seeds() {
        return writes().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.oneOf(writes(), updates(),
                updates().list().ofMinSize(2).ofMaxSize(3).map(ProductAliasPropertiesTest::merged));
        return step.list().ofMaxSize(10);
    }

    /** A line as generated: either product name may be missing. */
    record Line(ObjectId productId, ObjectId product, int quantity) {

        OrderLine toLine() {
            OrderLine line = new OrderLine();
            line.setProductId(productId);
            line.setProduct(product);
            line.setProductName("Item");
            line.setQuantity(quantity);
            line.setUnitPrice(new BigDecimal("10.00"));
            return line;
        }

        String toJson() {
            return "{" + (productId == null ? "" : "'productId': {'$oid': '" + productId + "'}, ")
                    + (product == null ? "" : "'product': {'$oid': '" + product + "'}, ") + "'productName': 'Item', "
                    + "'quantity': " + quantity + "}";
        }
    }

    static Arbitrary<Line> lines() {
        return Combinators.combine(AliasUniverse.ids().injectNull(0.2), AliasUniverse.ids().injectNull(0.2),
                Arbitraries.integers().between(1, 5)).as(Line::new);
    }

    static Arbitrary<Write<Order>> writes() {
        Arbitrary<ObjectId> user = AliasUniverse.ids().injectNull(0.1);
        Arbitrary<List<Line>> lineLists = lines().list().ofMaxSize(3);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 2);
        return Arbitraries.oneOf(user.map(v -> write(Order.USER_ID, v, (o, x) -> o.setUserId((ObjectId) x))),
                user.map(v -> write(Order.USER, v, (o, x) -> o.setUser((ObjectId) x))),
                lineLists.map(v -> write(Order.PRODUCTS, v, (o, x) -> o.setProducts(toLines(x)))),
                lineLists.map(v -> write(Order.ITEMS, v, (o, x) -> o.setItems(toLines(x)))),
                Combinators.combine(Arbitraries.of(Order.PRODUCTS, Order.ITEMS), index,
                        Arbitraries.of(OrderLine.PRODUCT_ID, OrderLine.PRODUCT), AliasUniverse.ids())
                        .as((array, i, field, id) -> write(array + "." + i + "." + field, id,
                                (o, x) -> writeLine(o, array, i, field, (ObjectId) x))));
    }

    private static void writeLine(Order order, String array, int index, String field, ObjectId id) {
        List<OrderLine> lines = Order.PRODUCTS.equals(array) ? order.getProducts() : order.getItems();
        if (lines != null && index < lines.size()) {
            if (OrderLine.PRODUCT_ID.equals(field)) {
                lines.get(index).setProductId(id);
            } else {
                lines.get(index).setProduct(id);
            }
        }
    }

    static Arbitrary<Update> updates() {
        Arbitrary<String> array = Arbitraries.of(Order.PRODUCTS, Order.ITEMS);
        Arbitrary<String> user = Combinators.combine(Arbitraries.of(Order.USER_ID, Order.USER), AliasUniverse.ids())
                .as((f, id) -> "{'$set': {'%s': {'$oid': '%s'}}}".formatted(f, id));
        Arbitrary<String> wholeArray = Combinators.combine(array, lines().list().ofMaxSize(3))
                .as((a, l) -> "{'$set': {'%s': [%s]}}".formatted(a, String.join(", ", l.stream().map(Line::toJson)
                        .toList())));
        // Paths only to line 0 or every line: a path past the end pads the array with nulls, which no service
        // writes; and the line arrays are never unset, so a line path never creates {products: {"0": ...}}.
        Arbitrary<String> wholeLine = Combinators.combine(array, lines())
                .as((a, l) -> "{'$set': {'%s.0': %s}}".formatted(a, l.toJson()));
        Arbitrary<String> selector = Arbitraries.of("0", "$[]");
        Arbitrary<String> lineField = Combinators.combine(Arbitraries.of("$set", "$unset"), array, selector,
                Arbitraries.of(OrderLine.PRODUCT_ID, OrderLine.PRODUCT), AliasUniverse.ids())
                .as((op, a, s, f, id) -> "{'%s': {'%s.%s.%s': {'$oid': '%s'}}}".formatted(op, a, s, f, id));
        Arbitrary<String> quantity = Combinators.combine(Arbitraries.of("$set", "$inc", "$max", "$mul"), array,
                selector, Arbitraries.integers().between(1, 4))
                .as((op, a, s, n) -> "{'%s': {'%s.%s.quantity': %d}}".formatted(op, a, s, n));
        Arbitrary<String> push = Combinators.combine(Arbitraries.of("$push", "$addToSet"), array, lines())
                .as((op, a, l) -> "{'%s': {'%s': %s}}".formatted(op, a, l.toJson()));
        Arbitrary<String> pull = Combinators.combine(array, Arbitraries.of(OrderLine.PRODUCT_ID, OrderLine.PRODUCT),
                AliasUniverse.ids()).as((a, f, id) -> "{'$pull': {'%s': {'%s': {'$oid': '%s'}}}}".formatted(a, f, id));
        Arbitrary<String> pop = Combinators.combine(array, Arbitraries.of(1, -1))
                .as((a, n) -> "{'$pop': {'%s': %d}}".formatted(a, n));
        Arbitrary<String> unsetOrRename = Arbitraries.oneOf(
                Arbitraries.of(Order.USER_ID, Order.USER).map(f -> "{'$unset': {'%s': ''}}".formatted(f)),
                Arbitraries.of(Order.USER_ID, Order.USER, Order.PRODUCTS, Order.ITEMS)
                        .map(f -> "{'$rename': {'%s': 'legacy_%s'}}".formatted(f, f)));
        Arbitrary<Update> plain = Arbitraries.oneOf(user, wholeArray, wholeLine, lineField, quantity, quantity, push,
                pull, pop, unsetOrRename).map(json -> new Update(json.replace('\'', '"')));
        Arbitrary<Update> positional = Combinators.combine(array, Arbitraries.integers().between(1, 4),
                AliasUniverse.ids()).as(
                        (a, n, id) -> new Update(
                                "{'$set': {'%s.$.quantity': %d}}".formatted(a, n).replace('\'', '"'), id));
        return Arbitraries.oneOf(plain, plain, plain, positional);
    }

    private static Write<Order> write(String field, Object value, BiConsumer<Order, Object> setter) {
        return new Write<>(field, value, setter, Order.class);
    }

    @SuppressWarnings("unchecked")
    private static List<OrderLine> toLines(Object lines) {
        List<OrderLine> built = new ArrayList<>();
        ((List<Line>) lines).forEach(line -> built.add(line.toLine()));
        return built;
    }
}
