package com.annavaram.model.alias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.Document;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodecProvider;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.IterableCodecProvider;
import org.bson.codecs.MapCodecProvider;
import org.bson.codecs.ValueCodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.jsr310.Jsr310CodecProvider;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.ModelCodecs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * The small world the alias properties draw from (few ids, names and images, so generated writes collide), and the
 * two write paths they drive: a whole-document save (the save hook, then shared-model's codecs, as a service stores a
 * document) and a partial update ({@link UpdateExpander}, then the update applied as the server would).
 */
final class AliasUniverse {

    static final List<ObjectId> IDS = List.of(new ObjectId("64b000000000000000000001"),
            new ObjectId("64b000000000000000000002"), new ObjectId("64b000000000000000000003"));
    static final Map<ObjectId, String> CATEGORY_NAMES = Map.of(IDS.get(0), "Pickles", IDS.get(1), "Sweets");
    static final ObjectId UNKNOWN_CATEGORY = IDS.get(2);

    /** Resolves both ways; names compare case-insensitively, as the services' lookups do. */
    static final CategoryLookup CATEGORIES = new CategoryLookup() {
        @Override
        public Optional<String> nameOf(ObjectId categoryId) {
            return Optional.ofNullable(CATEGORY_NAMES.get(categoryId));
        }

        @Override
        public Optional<ObjectId> idOfName(String name) {
            return CATEGORY_NAMES.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name))
                    .map(Map.Entry::getKey).findFirst();
        }
    };

    private static final CodecRegistry REGISTRY = ModelCodecs.registry(CodecRegistries.fromProviders(
            new ValueCodecProvider(), new BsonValueCodecProvider(), new DocumentCodecProvider(),
            new IterableCodecProvider(), new MapCodecProvider(), new Jsr310CodecProvider()));

    private AliasUniverse() {
    }

    static Arbitrary<ObjectId> ids() {
        return Arbitraries.of(IDS);
    }

    static Arbitrary<String> texts() {
        return Arbitraries.of("Tastes like home", "Too salty", "", " ", "Ghee", "pickles", "sweets");
    }

    /** One step of a write sequence, applied to the document as stored; returns the document as stored after it. */
    interface Step {
        Document apply(String collection, Document stored);
    }

    /** A setter call on the loaded document, then a whole-document save. */
    record Write<T>(String field, Object value, BiConsumer<T, Object> setter, Class<T> type) implements Step {

        @Override
        public Document apply(String collection, Document stored) {
            T doc = load(type, stored);
            setter.accept(doc, value);
            return save(type, doc);
        }

        @Override
        public String toString() {
            return "set " + field + " = " + value;
        }
    }

    /**
     * A partial update. {@code matchedProduct}, when not null, is the query's {@code products.productId}: the update
     * applies only if a line matches, and {@code $} stands for the first such line.
     */
    record Update(String json, ObjectId matchedProduct) implements Step {

        Update(String json) {
            this(json, null);
        }

        @Override
        public Document apply(String collection, Document stored) {
            int matched = -1;
            if (matchedProduct != null) {
                List<?> lines = stored.get("products") instanceof List<?> l ? l : List.of();
                for (int i = 0; i < lines.size() && matched < 0; i++) {
                    if (lines.get(i) instanceof Document line && matchedProduct.equals(line.get("productId"))) {
                        matched = i;
                    }
                }
                if (matched < 0) {
                    outcome("no line matched");
                    return stored;
                }
            }
            Document expanded;
            try {
                expanded = UpdateExpander.expand(collection, Document.parse(json),
                        new UpdateContext(stored, CATEGORIES));
            } catch (IllegalArgumentException refused) {
                outcome("refused by the expander");
                return stored;
            }
            try {
                Document updated = InMemoryUpdates.apply(stored, expanded, matched);
                outcome("applied");
                return updated;
            } catch (IllegalArgumentException serverWouldRefuse) {
                outcome("refused by the server");
                return stored;
            }
        }

        @Override
        public String toString() {
            return matchedProduct == null ? json : json + " where products.productId = " + matchedProduct;
        }
    }

    /** The seed (setter calls on a new document) saved, then every step; every pair is checked after each. */
    static <T> void run(String collection, T fresh, List<Write<T>> seed, List<Step> steps) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) fresh.getClass();
        seed.forEach(write -> write.setter().accept(fresh, write.value()));
        Document stored = save(type, fresh);
        assertEqualPairs(collection, stored, "the first save");
        for (Step step : steps) {
            stored = step.apply(collection, stored);
            assertEqualPairs(collection, stored, step.toString());
        }
    }

    /** How the generated partial updates fared: a property whose updates were mostly refused would prove little. */
    private static void outcome(String what) {
        Statistics.label("partial updates").collect(what);
    }

    static void assertEqualPairs(String collection, Document stored, String after) {
        assertThat(RawAliasCheck.check(collection, stored, id -> CATEGORY_NAMES.get(id)))
                .as("unequal pairs after %s in %s", after, stored.toJson()).isEmpty();
    }

    /** What a service stores for {@code doc}: its save hook with the category lookup, then the codecs' encoding. */
    static <T> Document save(Class<T> type, T doc) {
        AliasSync.beforeSave(doc, CATEGORIES);
        BsonDocument out = new BsonDocument();
        REGISTRY.get(type).encode(new BsonDocumentWriter(out), doc, EncoderContext.builder().build());
        return REGISTRY.get(Document.class).decode(new BsonDocumentReader(out), DecoderContext.builder().build());
    }

    static <T> T load(Class<T> type, Document stored) {
        BsonDocument raw = stored.toBsonDocument(Document.class, REGISTRY);
        return REGISTRY.get(type).decode(new BsonDocumentReader(raw), DecoderContext.builder().build());
    }
}
