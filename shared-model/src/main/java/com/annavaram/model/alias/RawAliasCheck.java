package com.annavaram.model.alias;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.Decimal128;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;

/**
 * Checks the alias pairs of one raw document as stored, independent of any mapping. A pair is unequal when the two
 * names hold different values or only one of them is present. Used by the tests after every integration test and by
 * the migration's {@code verify}.
 */
public final class RawAliasCheck {

    private RawAliasCheck() {
    }

    /**
     * The unequal pairs of {@code doc}.
     *
     * @param categoryNames the name of a category id, or {@code null} when there is no such category
     */
    public static List<AliasViolation> check(String collection, Document doc, Function<Object, String> categoryNames) {
        List<AliasViolation> found = new ArrayList<>();
        Object id = doc.get("_id");
        switch (collection) {
            case CollectionNames.PRODUCTS -> {
                pair(found, collection, id, doc, Product.STOCK, Product.TOTAL_STOCK);
                List<?> images = doc.get(Product.IMAGES) instanceof List<?> l ? l : List.of();
                if (!images.isEmpty() && !Objects.equals(doc.get(Product.IMAGE_URL), images.get(0))) {
                    found.add(new AliasViolation(collection, id, "imageUrl/images[0]", doc.get(Product.IMAGE_URL),
                            images.get(0)));
                }
                Object categoryId = doc.get(Product.CATEGORY_ID);
                if (categoryId != null) {
                    String name = categoryNames.apply(categoryId);
                    if (!Objects.equals(name, doc.get(Product.CATEGORY))) {
                        found.add(new AliasViolation(collection, id, "category/categories[categoryId].name",
                                doc.get(Product.CATEGORY), name));
                    }
                }
            }
            case CollectionNames.ORDERS -> {
                pair(found, collection, id, doc, Order.USER_ID, Order.USER);
                pair(found, collection, id, doc, Order.PRODUCTS, Order.ITEMS);
                for (String array : List.of(Order.PRODUCTS, Order.ITEMS)) {
                    if (doc.get(array) instanceof List<?> lines) {
                        for (int i = 0; i < lines.size(); i++) {
                            if (lines.get(i) instanceof Document line) {
                                pairIn(found, collection, id, array + "." + i + ".", line, OrderLine.PRODUCT_ID,
                                        OrderLine.PRODUCT);
                            }
                        }
                    }
                }
            }
            case CollectionNames.REVIEWS -> {
                pair(found, collection, id, doc, Review.USER_ID, Review.USER);
                pair(found, collection, id, doc, Review.PRODUCT_ID, Review.PRODUCT);
                pair(found, collection, id, doc, Review.REVIEW_TEXT, Review.COMMENT);
            }
            default -> {
                // no pairs
            }
        }
        return found;
    }

    private static void pair(List<AliasViolation> found, String collection, Object id, Document doc, String first,
            String second) {
        pairIn(found, collection, id, "", doc, first, second);
    }

    private static void pairIn(List<AliasViolation> found, String collection, Object id, String prefix, Document doc,
            String first, String second) {
        boolean hasFirst = doc.containsKey(first);
        boolean hasSecond = doc.containsKey(second);
        if (!hasFirst && !hasSecond) {
            return;
        }
        Object a = doc.get(first);
        Object b = doc.get(second);
        if (hasFirst != hasSecond || !sameValue(a, b)) {
            found.add(new AliasViolation(collection, id, prefix + first + "/" + prefix + second, a, b));
        }
    }

    /** Equal as stored; numbers of different BSON types compare by value. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number || a instanceof Decimal128) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 d) {
            return d.bigDecimalValue();
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }
}
