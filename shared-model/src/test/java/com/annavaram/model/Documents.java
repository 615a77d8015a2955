package com.annavaram.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;

import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;

/** Object mothers for the shared-model tests. */
public final class Documents {

    public static final ObjectId DEFAULT_CATEGORY_ID = new ObjectId("64a000000000000000000001");
    public static final String DEFAULT_CATEGORY = "Pickles";
    public static final ObjectId DEFAULT_USER_ID = new ObjectId("64a000000000000000000002");
    public static final ObjectId DEFAULT_PRODUCT_ID = new ObjectId("64a000000000000000000003");

    private Documents() {
    }

    /** A product as freshly read: nothing marked as written. */
    public static Product ghee() {
        Product product = new Product();
        product.setId(DEFAULT_PRODUCT_ID);
        product.setName("Cow Ghee 1L");
        product.setPrice(new BigDecimal("650"));
        product.setStock(10);
        product.setTotalStock(10);
        product.setImageUrl("https://img/ghee.jpg");
        product.setImages(new ArrayList<>(List.of("https://img/ghee.jpg", "https://img/ghee-2.jpg")));
        product.setCategoryId(DEFAULT_CATEGORY_ID);
        product.setCategory(DEFAULT_CATEGORY);
        product.clearWritten();
        return product;
    }

    public static OrderLine line(ObjectId productId, int quantity, String unitPrice) {
        OrderLine line = new OrderLine();
        line.setProductId(productId);
        line.setProduct(productId);
        line.setProductName("Item " + productId.toHexString().substring(20));
        line.setQuantity(quantity);
        line.setUnitPrice(new BigDecimal(unitPrice));
        line.clearWritten();
        return line;
    }

    public static Order order() {
        Order order = new Order();
        order.setUserId(DEFAULT_USER_ID);
        order.setUser(DEFAULT_USER_ID);
        List<OrderLine> lines = new ArrayList<>(List.of(line(DEFAULT_PRODUCT_ID, 2, "650")));
        order.setProducts(lines);
        order.setItems(new ArrayList<>(lines));
        order.setStatus("order_created");
        order.clearWritten();
        return order;
    }

    public static Review review() {
        Review review = new Review();
        review.setUserId(DEFAULT_USER_ID);
        review.setUser(DEFAULT_USER_ID);
        review.setProductId(DEFAULT_PRODUCT_ID);
        review.setProduct(DEFAULT_PRODUCT_ID);
        review.setRating(5);
        review.setReviewText("Tastes like home");
        review.setComment("Tastes like home");
        review.clearWritten();
        return review;
    }
}
