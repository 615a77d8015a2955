package com.annavaram.model.alias;

import java.util.List;
import java.util.function.BiConsumer;

import org.bson.types.ObjectId;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.AliasUniverse.Step;
import com.annavaram.model.alias.AliasUniverse.Update;
import com.annavaram.model.alias.AliasUniverse.Write;
import com.annavaram.model.review.Review;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reviews: {@code userId}/{@code user}, {@code productId}/{@code product}, {@code reviewText}/{@code comment}. */
class ReviewAliasPropertiesTest {

    private static final ObjectId ID = new ObjectId("64b0000000000000000000cc");

    @Property(tries = 300)
    void everyPairStaysEqualUnderAnyWritesAndPartialUpdates(@ForAll("seeds") List<Write<Review>> seed,
            @ForAll("steps") List<Step> steps) {
        Review review = new Review();
        review.setId(ID);
        AliasUniverse.run(CollectionNames.REVIEWS, review, seed, steps);
    }

    /** Shrunk counterexample: {@code $rename} of userId was sent as is, leaving user alone. */
    @Example
    void renameOfOneNameOfAPairIsRefused() {
        Review review = new Review();
        review.setId(ID);
        AliasUniverse.run(CollectionNames.REVIEWS, review, List.of(),
                List.of(new Write<>(Review.USER_ID, ID, (r, x) -> r.setUserId((ObjectId) x), Review.class),
                        new Update("{\"$rename\": {\"userId\": \"legacy_userId\"}}")));
    }

    @Provide
    Arbitrary<List<Write<Review>>> seeds() {
        return writes().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.oneOf(writes(), updates(),
                updates().list().ofMinSize(2).ofMaxSize(3).map(ProductAliasPropertiesTest::merged));
        return step.list().ofMaxSize(10);
    }

    static Arbitrary<Write<Review>> writes() {
        Arbitrary<ObjectId> id = AliasUniverse.ids().injectNull(0.1);
        Arbitrary<String> text = AliasUniverse.texts().injectNull(0.1);
        return Arbitraries.oneOf(id.map(v -> write(Review.USER_ID, v, (r, x) -> r.setUserId((ObjectId) x))),
                id.map(v -> write(Review.USER, v, (r, x) -> r.setUser((ObjectId) x))),
                id.map(v -> write(Review.PRODUCT_ID, v, (r, x) -> r.setProductId((ObjectId) x))),
                id.map(v -> write(Review.PRODUCT, v, (r, x) -> r.setProduct((ObjectId) x))),
                text.map(v -> write(Review.REVIEW_TEXT, v, (r, x) -> r.setReviewText((String) x))),
                text.map(v -> write(Review.COMMENT, v, (r, x) -> r.setComment((String) x))));
    }

    static Arbitrary<Update> updates() {
        Arbitrary<String> ids = Combinators.combine(
                Arbitraries.of(Review.USER_ID, Review.USER, Review.PRODUCT_ID, Review.PRODUCT), AliasUniverse.ids())
                .as((f, id) -> "{'$set': {'%s': {'$oid': '%s'}}}".formatted(f, id));
        Arbitrary<String> texts = Combinators.combine(Arbitraries.of(Review.REVIEW_TEXT, Review.COMMENT),
                AliasUniverse.texts()).as((f, t) -> "{'$set': {'%s': '%s'}}".formatted(f, t));
        Arbitrary<String> unsetOrRename = Combinators.combine(Arbitraries.of("$unset", "$rename"),
                Arbitraries.of(Review.USER_ID, Review.USER, Review.PRODUCT_ID, Review.PRODUCT, Review.REVIEW_TEXT,
                        Review.COMMENT))
                .as((op, f) -> "{'%s': {'%s': '%s'}}".formatted(op, f, "$rename".equals(op) ? "legacy_" + f : ""));
        return Arbitraries.oneOf(ids, texts, unsetOrRename).map(json -> new Update(json.replace('\'', '"')));
    }

    private static Write<Review> write(String field, Object value, BiConsumer<Review, Object> setter) {
        return new Write<>(field, value, setter, Review.class);
    }
}
