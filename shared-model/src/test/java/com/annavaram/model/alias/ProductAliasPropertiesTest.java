package com.annavaram.model.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.AliasUniverse.Step;
import com.annavaram.model.alias.AliasUniverse.Update;
import com.annavaram.model.alias.AliasUniverse.Write;
import com.annavaram.model.catalog.Product;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Products: {@code stock}/{@code totalStock}, {@code imageUrl}/{@code images[0]}, {@code category}/{@code categoryId}. */
class ProductAliasPropertiesTest {

    private static final ObjectId ID = new ObjectId("64b0000000000000000000aa");

    @Property(tries = 400)
    void everyPairStaysEqualUnderAnyWritesAndPartialUpdates(@ForAll("seeds") List<Write<Product>> seed,
            @ForAll("steps") List<Step> steps) {
        Product product = new Product();
        product.setId(ID);
        AliasUniverse.run(CollectionNames.PRODUCTS, product, seed, steps);
    }

    /** Shrunk counterexample: {@code $bit} on one stock name was sent unexpanded, leaving totalStock behind. */
    @Example
    void bitwiseUpdateOfOneStockNameWritesBoth() {
        Product product = new Product();
        product.setId(ID);
        AliasUniverse.run(CollectionNames.PRODUCTS, product, List.of(),
                List.of(new Update("{\"$bit\": {\"stock\": {\"and\": 5}}}")));
    }

    /** Shrunk counterexample: a category named in another case kept that spelling, unequal to the category's. */
    @Example
    void categoryNamedInAnotherCaseIsStoredInTheCategorysSpelling() {
        Product product = new Product();
        product.setId(ID);
        AliasUniverse.run(CollectionNames.PRODUCTS, product, List.of(),
                List.of(new Update("{\"$set\": {\"category\": \"pickles\"}}")));
    }

    /** Shrunk counterexample: after the image was unset, {@code images.0} created an object instead of an array. */
    @Example
    void firstImageSetAfterTheImagesWereUnsetMakesAnArray() {
        Product product = new Product();
        product.setId(ID);
        AliasUniverse.run(CollectionNames.PRODUCTS, product, List.of(),
                List.of(new Update("{\"$unset\": {\"imageUrl\": \"\"}}"),
                        new Update("{\"$set\": {\"images.0\": \"a.jpg\"}}"),
                        new Write<>(Product.STOCK, null, (p, x) -> p.setStock((Integer) x), Product.class)));
    }

    /** Shrunk counterexample: a {@code $pull} on images holding a null failed with a NullPointerException. */
    @Example
    void pullFromImagesHoldingANullIsExpanded() {
        Product product = new Product();
        product.setId(ID);
        AliasUniverse.run(CollectionNames.PRODUCTS, product, List.of(),
                List.of(new Update("{\"$set\": {\"stock\": 0, \"images.0\": null}}"),
                        new Update("{\"$set\": {\"stock\": 0}, \"$pull\": {\"images\": \"a.jpg\"}}")));
    }

    @Provide
    Arbitrary<List<Write<Product>>> seeds() {
        return writes().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.oneOf(writes(), updates(), updates().list().ofMinSize(2).ofMaxSize(3)
                .map(ProductAliasPropertiesTest::merged));
        return step.list().ofMaxSize(10);
    }

    static Arbitrary<Write<Product>> writes() {
        Arbitrary<Integer> stock = Arbitraries.integers().between(0, 60).injectNull(0.1);
        Arbitrary<String> url = Arbitraries.of("a.jpg", "b.jpg", "c.jpg", "", " ").injectNull(0.1);
        Arbitrary<List<String>> images = Arbitraries.of("a.jpg", "b.jpg", "c.jpg").list().ofMaxSize(3);
        return Arbitraries.oneOf(
                stock.map(v -> write(Product.STOCK, v, (p, x) -> p.setStock((Integer) x))),
                stock.map(v -> write(Product.TOTAL_STOCK, v, (p, x) -> p.setTotalStock((Integer) x))),
                url.map(v -> write(Product.IMAGE_URL, v, (p, x) -> p.setImageUrl((String) x))),
                images.map(v -> write(Product.IMAGES, v, (p, x) -> p.setImages(copy(x)))),
                // services check that a category exists before they save a product with its id
                Arbitraries.of(AliasUniverse.CATEGORY_NAMES.keySet()).injectNull(0.1)
                        .map(v -> write(Product.CATEGORY_ID, v, (p, x) -> p.setCategoryId((ObjectId) x))),
                AliasUniverse.texts().injectNull(0.1)
                        .map(v -> write(Product.CATEGORY, v, (p, x) -> p.setCategory((String) x))));
    }

    static Arbitrary<Update> updates() {
        Arbitrary<String> pairName = Arbitraries.of(Product.STOCK, Product.TOTAL_STOCK);
        Arbitrary<String> number = Arbitraries.integers().between(-5, 40).map(String::valueOf);
        Arbitrary<String> stockOp = Combinators.combine(Arbitraries.of("$set", "$inc", "$min", "$max"), pairName,
                number).as((op, f, n) -> "{'%s': {'%s': %s}}".formatted(op, f, n));
        Arbitrary<String> mulOrBit = Combinators.combine(pairName, Arbitraries.integers().between(0, 3),
                Arbitraries.of("and", "or", "xor")).as(
                        (f, n, bit) -> n % 2 == 0
                                ? "{'$mul': {'%s': %d}}".formatted(f, n)
                                : "{'$bit': {'%s': {'%s': %d}}}".formatted(f, bit, n + 4));
        Arbitrary<String> url = Arbitraries.of("'a.jpg'", "'d.jpg'", "''", "null");
        Arbitrary<String> imageSet = Combinators.combine(Arbitraries.of(Product.IMAGE_URL, "images.0"), url)
                .as((f, v) -> "{'$set': {'%s': %s}}".formatted(f, v));
        Arbitrary<String> imagesSet = Arbitraries.of("'a.jpg'", "'d.jpg'", "'e.jpg'").list().ofMaxSize(3)
                .map(l -> "{'$set': {'images': [%s]}}".formatted(String.join(", ", l)));
        Arbitrary<String> imagesArray = Combinators.combine(
                Arbitraries.of("$push", "$addToSet", "$pull", "$pullAll", "$pop"), Arbitraries.of("a.jpg", "d.jpg"),
                Arbitraries.of(true, false)).as(ProductAliasPropertiesTest::imagesArrayOp);
        Arbitrary<String> category = Arbitraries.oneOf(
                AliasUniverse.ids().map(id -> "{'$set': {'categoryId': {'$oid': '%s'}}}".formatted(id)),
                AliasUniverse.texts().map(name -> "{'$set': {'category': '%s'}}".formatted(name)));
        Arbitrary<String> unset = Arbitraries.of(Product.STOCK, Product.TOTAL_STOCK, Product.IMAGE_URL,
                Product.IMAGES, Product.CATEGORY, Product.CATEGORY_ID).map(f -> "{'$unset': {'%s': ''}}".formatted(f));
        Arbitrary<String> rename = Arbitraries.of(Product.STOCK, Product.IMAGE_URL, Product.CATEGORY)
                .map(f -> "{'$rename': {'%s': 'legacy_%s'}}".formatted(f, f));
        return Arbitraries.oneOf(stockOp, stockOp, mulOrBit, imageSet, imagesSet, imagesArray, category, unset, rename)
                .map(json -> new Update(json.replace('\'', '"')));
    }

    private static String imagesArrayOp(String op, String url, boolean many) {
        String arg = switch (op) {
            case "$pop" -> many ? "1" : "-1";
            case "$pullAll" -> "['" + url + "']";
            case "$pull" -> many ? "{'$in': ['" + url + "', 'a.jpg']}" : "'" + url + "'";
            default -> many ? "{'$each': ['" + url + "', 'e.jpg']}" : "'" + url + "'";
        };
        return "{'%s': {'images': %s}}".formatted(op, arg);
    }

    /** Several updates sent as one: the operators' field documents merged (a repeated field is the server's error). */
    static Update merged(List<Update> parts) {
        Document merged = new Document();
        for (Update part : parts) {
            Document.parse(part.json()).forEach((op, fields) -> ((Document) merged
                    .computeIfAbsent(op, k -> new Document())).putAll((Document) fields));
        }
        return new Update(merged.toJson());
    }

    private static Write<Product> write(String field, Object value, BiConsumer<Product, Object> s) {
        return new Write<>(field, value, s, Product.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> copy(Object images) {
        return new ArrayList<>((List<String>) images);
    }
}
