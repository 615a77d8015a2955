package com.annavaram.model.alias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.Documents;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.StatusChange;
import com.annavaram.model.review.Review;

class OrderAndReviewAliasSyncTest {

    private static final ObjectId OTHER = new ObjectId("64a0000000000000000000bb");

    @Test
    void shouldCopyUserToUserIdWhenOnlyUserIsWritten() {
        Order order = new Order();
        order.setUser(OTHER);

        AliasSync.beforeSave(order);

        assertThat(order.getUserId()).isEqualTo(OTHER);
    }

    @Test
    void shouldCopyItemsToProductsWhenOnlyItemsAreWritten() {
        Order order = Documents.order();
        OrderLine line = Documents.line(OTHER, 1, "99.5");
        order.setItems(new ArrayList<>(List.of(line)));

        AliasSync.beforeSave(order);

        assertThat(order.getProducts()).containsExactly(line);
        assertThat(order.getItems()).containsExactly(line);
    }

    @Test
    void shouldFillLineProductIdAndSubtotalWhenOnlyProductIsWritten() {
        OrderLine line = new OrderLine();
        line.setProduct(OTHER);
        line.setQuantity(3);
        line.setUnitPrice(new java.math.BigDecimal("10.5"));
        Order order = new Order();
        order.setProducts(new ArrayList<>(List.of(line)));

        AliasSync.beforeSave(order);

        assertThat(line.getProductId()).isEqualTo(OTHER);
        assertThat(line.getSubtotal()).isEqualByComparingTo("31.50");
        assertThat(order.getCurrency()).isEqualTo("INR");
    }

    @Test
    void shouldFillProductsFromItemsOnReadOfStorefrontOrder() {
        Order order = new Order();
        OrderLine line = new OrderLine();
        line.setProduct(OTHER);
        order.setProducts(new ArrayList<>());
        order.setItems(new ArrayList<>(List.of(line)));
        order.setUser(OTHER);

        AliasSync.afterLoad(order);

        assertThat(order.getProducts()).hasSize(1);
        assertThat(order.getProducts().get(0).getProductId()).isEqualTo(OTHER);
        assertThat(order.getUserId()).isEqualTo(OTHER);
    }

    @Test
    void shouldLetProductsWinOnReadWhenLegacyArraysDiffer() {
        Order order = Documents.order();
        order.setItems(new ArrayList<>(List.of(Documents.line(OTHER, 9, "1"))));

        AliasSync.afterLoad(order);

        assertThat(order.getItems()).isEqualTo(order.getProducts());
        assertThat(order.getItems().get(0).getProductId()).isEqualTo(Documents.DEFAULT_PRODUCT_ID);
    }

    @Test
    void shouldReadLegacyStatusesInTheStoredVocabulary() {
        Order order = Documents.order();
        order.setStatus("paid");
        StatusChange change = new StatusChange();
        change.setStatus("shipped");
        order.setStatusHistory(new ArrayList<>(List.of(change)));

        AliasSync.afterLoad(order);

        assertThat(order.getStatus()).isEqualTo("payment_confirmed");
        assertThat(order.getStatusHistory().get(0).getStatus()).isEqualTo("dispatched");
    }

    @Test
    void shouldKeepUnknownStatusAsStoredOnRead() {
        Order order = Documents.order();
        order.setStatus("on_hold");

        AliasSync.afterLoad(order);

        assertThat(order.getStatus()).isEqualTo("on_hold");
    }

    @Test
    void shouldCopyCommentToReviewTextWhenOnlyCommentIsWritten() {
        Review review = Documents.review();
        review.setComment("Edited by the customer");

        AliasSync.beforeSave(review);

        assertThat(review.getReviewText()).isEqualTo("Edited by the customer");
    }

    @Test
    void shouldCopyReviewTextToCommentWhenOnlyReviewTextIsWritten() {
        Review review = Documents.review();
        review.setReviewText("Edited by the admin");

        AliasSync.beforeSave(review);

        assertThat(review.getComment()).isEqualTo("Edited by the admin");
    }

    @Test
    void shouldDefaultNewReviewToApprovedAndNotDeleted() {
        Review review = new Review();
        review.setUser(OTHER);
        review.setProduct(OTHER);

        AliasSync.beforeSave(review);

        assertThat(review.getUserId()).isEqualTo(OTHER);
        assertThat(review.getProductId()).isEqualTo(OTHER);
        assertThat(review.getIsApproved()).isTrue();
        assertThat(review.getIsDeleted()).isFalse();
    }

    @Test
    void shouldLetReviewTextAndIdsWinOnReadWhenLegacyNamesDiffer() {
        Review review = Documents.review();
        review.setComment("old storefront text");
        review.setUser(OTHER);

        AliasSync.afterLoad(review);

        assertThat(review.getComment()).isEqualTo("Tastes like home");
        assertThat(review.getUser()).isEqualTo(Documents.DEFAULT_USER_ID);
    }

    @Test
    void shouldFillReviewTextFromCommentOnReadOfStorefrontReview() {
        Review review = new Review();
        review.setComment("only comment");

        AliasSync.afterLoad(review);

        assertThat(review.getReviewText()).isEqualTo("only comment");
    }
}
