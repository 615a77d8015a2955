package com.annavaram.migration.verify;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import com.annavaram.migration.Values;
import com.annavaram.model.bson.Money;
import com.annavaram.model.catalog.Product;

/** Whether a product carries every field the services need, with the stored types. */
final class ProductChecks {

    private final Check check;

    ProductChecks(Check check) {
        this.check = check;
    }

    void check(Document p) {
        String id = "products _id=" + Values.printable(p.get("_id"));
        require(id, p.get("_id") instanceof ObjectId, "_id is not an ObjectId");
        require(id, p.get(Product.NAME) instanceof String s && !s.isBlank(), "has no name");
        require(id, p.get(Product.SLUG) instanceof String s && s.matches("[a-z0-9]+(-[a-z0-9]+)*"),
                "has no valid slug");
        require(id, p.get(Product.CATEGORY_ID) instanceof ObjectId, "has no categoryId");
        require(id, p.get(Product.CATEGORY) instanceof String, "has no category name");
        require(id, p.get(Product.PRICE) instanceof Decimal128 d && d.bigDecimalValue().signum() >= 0,
                "price is not a non-negative Decimal128");
        require(id, Money.CURRENCY.equals(p.get(Product.CURRENCY)), "currency is not INR");
        require(id, p.get(Product.STOCK) instanceof Integer s && s >= 0 && s.equals(p.get(Product.TOTAL_STOCK)),
                "stock is not a whole number equal to totalStock");
        require(id, p.get(Product.MAX_UNITS_PER_USER) instanceof Integer m && m >= 1, "maxUnitsPerUser < 1");
        for (String flag : List.of(Product.IS_ACTIVE, Product.IS_DELETED, Product.IS_UNLIMITED_PURCHASE)) {
            require(id, p.get(flag) instanceof Boolean, flag + " is not a boolean");
        }
        require(id, p.get(Product.IMAGES) instanceof List<?>, "images is not an array");
        require(id, p.get(Product.IMAGE_URL) instanceof String, "imageUrl is not text");
        require(id, p.get(Product.CREATED_AT) instanceof Date, "createdAt is not a date");
    }

    private void require(String id, boolean holds, String message) {
        if (!holds) {
            check.fail(id + " " + message);
        }
    }
}
