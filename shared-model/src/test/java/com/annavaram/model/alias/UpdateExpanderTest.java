package com.annavaram.model.alias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;

class UpdateExpanderTest {

    private static final ObjectId PICKLES = new ObjectId("64a000000000000000000001");
    private static final ObjectId PRODUCT = new ObjectId("64a000000000000000000003");
    private static final CategoryLookup CATEGORIES = new CategoryLookup() {
        @Override
        public Optional<String> nameOf(ObjectId id) {
            return PICKLES.equals(id) ? Optional.of("Pickles") : Optional.empty();
        }

        @Override
        public Optional<ObjectId> idOfName(String name) {
            return "pickles".equalsIgnoreCase(name) ? Optional.of(PICKLES) : Optional.empty();
        }
    };

    private static Document products(String json) {
        return UpdateExpander.expand(CollectionNames.PRODUCTS, Document.parse(json));
    }

    @Test
    void shouldIncrementBothStockNamesWhenStockIsIncremented() {
        assertThat(products("{$inc: {stock: -3}}")).isEqualTo(Document.parse("{$inc: {stock: -3, totalStock: -3}}"));
    }

    @Test
    void shouldSetBothStockNamesWhenTotalStockIsSet() {
        assertThat(products("{$set: {totalStock: 8}}").get("$set", Document.class))
                .containsEntry("stock", 8).containsEntry("totalStock", 8);
    }

    @Test
    void shouldLetStockWinWhenUpdateSetsBothNamesDifferently() {
        assertThat(products("{$set: {stock: 2, totalStock: 7}}").get("$set", Document.class))
                .containsEntry("stock", 2).containsEntry("totalStock", 2);
    }

    @Test
    void shouldUnsetBothStockNames() {
        assertThat(products("{$unset: {totalStock: ''}}").get("$unset", Document.class)).containsKeys("stock",
                "totalStock");
    }

    @Test
    void shouldSetFirstImageWhenImageUrlIsSetWithoutImagesOrCurrentDocument() {
        assertThat(products("{$set: {imageUrl: 'u'}}").get("$set", Document.class)).containsEntry("imageUrl", "u")
                .containsEntry("images.0", "u");
    }

    @Test
    void shouldRewriteImagesFromCurrentDocumentWhenImageUrlIsSet() {
        Document current = Document.parse("{images: ['a', 'b']}");

        Document expanded = UpdateExpander.expand(CollectionNames.PRODUCTS, Document.parse("{$set: {imageUrl: 'u'}}"),
                UpdateContext.of(current));

        assertThat(expanded.get("$set", Document.class).get("images")).isEqualTo(List.of("u", "b"));
    }

    @Test
    void shouldCreateImagesWhenImageUrlIsSetOnDocumentWithoutImages() {
        Document expanded = UpdateExpander.expand(CollectionNames.PRODUCTS, Document.parse("{$set: {imageUrl: 'u'}}"),
                UpdateContext.of(new Document()));

        assertThat(expanded.get("$set", Document.class).get("images")).isEqualTo(List.of("u"));
    }

    @Test
    void shouldLetImageUrlWinOverImagesInTheSameUpdate() {
        Document set = products("{$set: {imageUrl: 'u', images: ['a', 'b']}}").get("$set", Document.class);

        assertThat(set.get("images")).isEqualTo(List.of("u", "b"));
    }

    @Test
    void shouldSetImageUrlWhenImagesAreSet() {
        assertThat(products("{$set: {images: ['x', 'y']}}").get("$set", Document.class)).containsEntry("imageUrl", "x");
    }

    @Test
    void shouldSetImageUrlWhenFirstImageIsSet() {
        assertThat(products("{$set: {'images.0': 'x'}}").get("$set", Document.class)).containsEntry("imageUrl", "x");
    }

    @Test
    void shouldUnsetImageUrlWhenImagesAreSetEmpty() {
        assertThat(products("{$set: {images: []}}").get("$unset", Document.class)).containsKey("imageUrl");
    }

    @Test
    void shouldSetImageUrlWhenPushingIntoEmptyImages() {
        Document expanded = UpdateExpander.expand(CollectionNames.PRODUCTS, Document.parse("{$push: {images: 'p'}}"),
                UpdateContext.of(Document.parse("{images: []}")));

        assertThat(expanded).isEqualTo(Document.parse("{$set: {images: ['p'], imageUrl: 'p'}}"));
    }

    @Test
    void shouldMoveImageUrlToNextImageWhenFirstImageIsPulled() {
        Document expanded = UpdateExpander.expand(CollectionNames.PRODUCTS, Document.parse("{$pull: {images: 'a'}}"),
                UpdateContext.of(Document.parse("{images: ['a', 'b']}")));

        assertThat(expanded.get("$set", Document.class)).containsEntry("imageUrl", "b");
    }

    @Test
    void shouldRefuseArrayChangeOfImagesWithoutCurrentDocument() {
        assertThatThrownBy(() -> products("{$push: {images: 'p'}}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current document");
    }

    @Test
    void shouldSetCategoryNameWhenCategoryIdIsSet() {
        Document update = new Document("$set", new Document("categoryId", PICKLES));

        Document set = UpdateExpander.expand(CollectionNames.PRODUCTS, update, UpdateContext.of(CATEGORIES))
                .get("$set", Document.class);

        assertThat(set).containsEntry("category", "Pickles");
    }

    @Test
    void shouldSetCategoryIdWhenCategoryNameIsSet() {
        Document set = UpdateExpander.expand(CollectionNames.PRODUCTS, Document.parse("{$set: {category: 'PICKLES'}}"),
                UpdateContext.of(CATEGORIES)).get("$set", Document.class);

        assertThat(set).containsEntry("categoryId", PICKLES);
    }

    @Test
    void shouldRefuseCategoryIdWithoutLookup() {
        assertThatThrownBy(() -> UpdateExpander.expand(CollectionNames.PRODUCTS,
                new Document("$set", new Document("categoryId", PICKLES))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSetReviewTextWhenCommentIsSet() {
        Document expanded = UpdateExpander.expand(CollectionNames.REVIEWS, Document.parse("{$set: {comment: 'c'}}"));

        assertThat(expanded).isEqualTo(Document.parse("{$set: {comment: 'c', reviewText: 'c'}}"));
    }

    @Test
    void shouldMirrorReviewIdsAndUnset() {
        Document expanded = UpdateExpander.expand(CollectionNames.REVIEWS,
                new Document("$set", new Document("product", PRODUCT)).append("$unset", new Document("comment", "")));

        assertThat(expanded.get("$set", Document.class)).containsEntry("productId", PRODUCT);
        assertThat(expanded.get("$unset", Document.class)).containsKeys("comment", "reviewText");
    }

    @Test
    void shouldMirrorPositionalLineProductAcrossBothArraysAndNames() {
        Document expanded = UpdateExpander.expand(CollectionNames.ORDERS,
                new Document("$set", new Document("products.$.product", PRODUCT)));

        assertThat(expanded.get("$set", Document.class)).containsOnlyKeys("products.$.productId",
                "products.$.product", "items.$.productId", "items.$.product").containsValue(PRODUCT);
    }

    @Test
    void shouldMirrorLineFieldFromItemsToProducts() {
        Document expanded = UpdateExpander.expand(CollectionNames.ORDERS,
                Document.parse("{$inc: {'items.0.quantity': 1}}"));

        assertThat(expanded).isEqualTo(Document.parse("{$inc: {'products.0.quantity': 1, 'items.0.quantity': 1}}"));
    }

    @Test
    void shouldMirrorWholeLinesAndFillTheirProductIds() {
        Document line = new Document("product", PRODUCT).append("quantity", 1);
        Document expanded = UpdateExpander.expand(CollectionNames.ORDERS,
                new Document("$push", new Document("items", line)).append("$set", new Document("user", PRODUCT)));

        Document push = expanded.get("$push", Document.class);
        assertThat(push.get("products", Document.class)).containsEntry("productId", PRODUCT);
        assertThat(push.get("items")).isEqualTo(push.get("products"));
        assertThat(expanded.get("$set", Document.class)).containsEntry("userId", PRODUCT);
    }

    @Test
    void shouldRefuseOnePathUnderTwoOperators() {
        assertThatThrownBy(() -> products("{$set: {stock: 1}, $inc: {totalStock: 1}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
    }

    @Test
    void shouldRefuseRenameOfAliasField() {
        assertThatThrownBy(() -> products("{$rename: {stock: 'qty'}}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLeaveOtherCollectionsAndFieldsAlone() {
        Document update = Document.parse("{$set: {isActive: false}}");

        assertThat(products("{$set: {isActive: false}}")).isEqualTo(update);
        assertThat(UpdateExpander.expand(CollectionNames.USERS, Document.parse("{$set: {user: 1}}")))
                .isEqualTo(Document.parse("{$set: {user: 1}}"));
    }
}
