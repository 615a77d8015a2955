package com.annavaram.model.alias;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.annavaram.model.review.Review;

/**
 * The save hooks: the one place that keeps every alias pair of a document equal on whole-document writes and fills
 * or resolves them on load. Every service calls these from its single persistence path; partial updates go through
 * {@link UpdateExpander} instead.
 */
public final class AliasSync {

    private static final List<AliasPair<Product, Integer>> PRODUCT_STOCK = List.of(new AliasPair<>(Product.STOCK,
            Product::getStock, Product::setStock, Product.TOTAL_STOCK, Product::getTotalStock, Product::setTotalStock));
    private static final AliasPair<Order, ObjectId> ORDER_USER = new AliasPair<>(Order.USER_ID, Order::getUserId,
            Order::setUserId, Order.USER, Order::getUser, Order::setUser);
    private static final AliasPair<Order, List<OrderLine>> ORDER_LINES = new AliasPair<>(Order.PRODUCTS,
            Order::getProducts, Order::setProducts, Order.ITEMS, Order::getItems,
            (o, lines) -> o.setItems(copy(lines)));
    private static final AliasPair<OrderLine, ObjectId> LINE_PRODUCT = new AliasPair<>(OrderLine.PRODUCT_ID,
            OrderLine::getProductId, OrderLine::setProductId, OrderLine.PRODUCT, OrderLine::getProduct,
            OrderLine::setProduct);
    private static final List<AliasPair<Review, ?>> REVIEW_PAIRS = List.of(
            new AliasPair<>(Review.USER_ID, Review::getUserId, Review::setUserId, Review.USER, Review::getUser,
                    Review::setUser),
            new AliasPair<>(Review.PRODUCT_ID, Review::getProductId, Review::setProductId, Review.PRODUCT,
                    Review::getProduct, Review::setProduct),
            new AliasPair<>(Review.REVIEW_TEXT, Review::getReviewText, Review::setReviewText, Review.COMMENT,
                    Review::getComment, Review::setComment));

    private AliasSync() {
    }

    /** Save hook for any document class; documents without alias pairs only get their timestamps. */
    public static void beforeSave(Object document) {
        beforeSave(document, CategoryLookup.NONE);
    }

    /** Save hook; {@code categories} resolves the product category pair (services pass a real lookup). */
    public static void beforeSave(Object document, CategoryLookup categories) {
        if (document instanceof Product product) {
            productBeforeSave(product, categories);
        } else if (document instanceof Order order) {
            orderBeforeSave(order);
        } else if (document instanceof Review review) {
            reviewBeforeSave(review);
        }
        Timestamps.touch(document, now());
    }

    /** Load hook: fills the missing name of every pair, resolves unequal legacy pairs, maps legacy statuses. */
    public static void afterLoad(Object document) {
        afterLoad(document, CategoryLookup.NONE);
    }

    /** Load hook with a category lookup, for callers that want the category name of legacy products filled. */
    public static void afterLoad(Object document, CategoryLookup categories) {
        if (document instanceof Product product) {
            PRODUCT_STOCK.forEach(pair -> pair.syncForRead(product));
            readImages(product);
            fillCategoryName(product, categories);
            product.setPrice(Money.normalise(product.getPrice()));
            product.clearWritten();
        } else if (document instanceof Order order) {
            ORDER_USER.syncForRead(order);
            ORDER_LINES.syncForRead(order);
            nonNullLines(order);
            for (OrderLine line : order.getProducts()) {
                LINE_PRODUCT.syncForRead(line);
                normaliseLine(line);
                line.clearWritten();
            }
            order.setTotalAmount(Money.normalise(order.getTotalAmount()));
            readStatuses(order);
            order.clearWritten();
        } else if (document instanceof Review review) {
            REVIEW_PAIRS.forEach(pair -> syncRead(pair, review));
            review.clearWritten();
        }
    }

    private static void productBeforeSave(Product product, CategoryLookup categories) {
        PRODUCT_STOCK.forEach(pair -> pair.syncForWrite(product));
        writeImages(product);
        writeCategory(product, categories);
        product.setPrice(Money.normalise(product.getPrice()));
        if (product.getCurrency() == null) {
            product.setCurrency(Money.CURRENCY);
        }
        if (product.getIsDeleted() == null) {
            product.setIsDeleted(false);
        }
        if (product.getIsActive() == null) {
            product.setIsActive(true);
        }
        if (product.getIsUnlimitedPurchase() == null) {
            product.setIsUnlimitedPurchase(false);
        }
        product.clearWritten();
    }

    private static void writeImages(Product product) {
        List<String> images = product.getImages() == null ? new ArrayList<>() : new ArrayList<>(product.getImages());
        String imageUrl = product.getImageUrl();
        boolean urlWritten = product.wasWritten(Product.IMAGE_URL);
        boolean imagesWritten = product.wasWritten(Product.IMAGES);
        if (urlWritten || !imagesWritten) {
            if (!AliasPair.isAbsent(imageUrl)) {
                setFirst(images, imageUrl);
            } else if (urlWritten) {
                // An image written as empty means "no image": both names say so.
                images.clear();
                imageUrl = null;
            } else if (!images.isEmpty()) {
                imageUrl = images.get(0);
            }
        } else {
            imageUrl = images.isEmpty() ? null : images.get(0);
        }
        product.setImages(images);
        product.setImageUrl(imageUrl);
    }

    private static void readImages(Product product) {
        List<String> images = product.getImages() == null ? new ArrayList<>() : new ArrayList<>(product.getImages());
        if (!AliasPair.isAbsent(product.getImageUrl())) {
            setFirst(images, product.getImageUrl());
        } else if (!images.isEmpty()) {
            product.setImageUrl(images.get(0));
        }
        product.setImages(images);
    }

    private static void setFirst(List<String> images, String imageUrl) {
        if (images.isEmpty()) {
            images.add(imageUrl);
        } else {
            images.set(0, imageUrl);
        }
    }

    private static void writeCategory(Product product, CategoryLookup categories) {
        boolean nameOnly = product.wasWritten(Product.CATEGORY) && !product.wasWritten(Product.CATEGORY_ID);
        if ((nameOnly || product.getCategoryId() == null) && !AliasPair.isAbsent(product.getCategory())) {
            categories.idOfName(product.getCategory()).ifPresent(product::setCategoryId);
        }
        fillCategoryName(product, categories);
    }

    private static void fillCategoryName(Product product, CategoryLookup categories) {
        if (product.getCategoryId() != null) {
            Optional<String> name = categories.nameOf(product.getCategoryId());
            name.ifPresent(product::setCategory);
        }
    }

    private static void orderBeforeSave(Order order) {
        ORDER_USER.syncForWrite(order);
        ORDER_LINES.syncForWrite(order);
        nonNullLines(order);
        for (OrderLine line : order.getProducts()) {
            LINE_PRODUCT.syncForWrite(line);
            normaliseLine(line);
            line.clearWritten();
        }
        order.setTotalAmount(Money.normalise(order.getTotalAmount()));
        if (order.getCurrency() == null) {
            order.setCurrency(Money.CURRENCY);
        }
        if (order.getStatusHistory() == null) {
            order.setStatusHistory(new ArrayList<>());
        }
        order.clearWritten();
    }

    private static void nonNullLines(Order order) {
        if (order.getProducts() == null) {
            order.setProducts(new ArrayList<>());
        }
        // Both names hold the same lines: a change to one line object shows in both arrays.
        order.setItems(copy(order.getProducts()));
    }

    private static void normaliseLine(OrderLine line) {
        line.setUnitPrice(Money.normalise(line.getUnitPrice()));
        if (line.getSubtotal() == null && line.getUnitPrice() != null && line.getQuantity() != null) {
            line.setSubtotal(line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity())));
        }
        line.setSubtotal(Money.normalise(line.getSubtotal()));
    }

    private static void readStatuses(Order order) {
        OrderStatus.lenient(order.getStatus()).ifPresent(s -> order.setStatus(s.stored()));
        if (order.getStatusHistory() == null) {
            order.setStatusHistory(new ArrayList<>());
        }
        for (StatusChange change : order.getStatusHistory()) {
            OrderStatus.lenient(change.getStatus()).ifPresent(s -> change.setStatus(s.stored()));
        }
    }

    private static void reviewBeforeSave(Review review) {
        REVIEW_PAIRS.forEach(pair -> syncWrite(pair, review));
        if (review.getIsApproved() == null) {
            review.setIsApproved(true);
        }
        if (review.getIsDeleted() == null) {
            review.setIsDeleted(false);
        }
        if (review.getIsVerifiedPurchase() == null) {
            review.setIsVerifiedPurchase(false);
        }
        if (review.getHelpfulCount() == null) {
            review.setHelpfulCount(0);
        }
        review.clearWritten();
    }

    private static <T> void syncWrite(AliasPair<Review, T> pair, Review review) {
        pair.syncForWrite(review);
    }

    private static <T> void syncRead(AliasPair<Review, T> pair, Review review) {
        pair.syncForRead(review);
    }

    private static List<OrderLine> copy(List<OrderLine> lines) {
        return lines == null ? null : new ArrayList<>(lines);
    }

    /** BSON dates hold milliseconds: a finer instant would not survive a round trip. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
