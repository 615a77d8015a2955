package com.annavaram.user.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Slugs;
import com.annavaram.user.catalog.ProductEntity;

/** Object mother for products. */
public final class Products {

    public static final BigDecimal DEFAULT_PRICE = new BigDecimal("349.50");
    public static final int DEFAULT_STOCK = 40;
    public static final String DEFAULT_IMAGE = "https://cdn.example.test/img/ghee.jpg";

    private Products() {
    }

    /** Every field set, both names of every pair equal, in {@code category}. */
    public static ProductEntity ghee(Category category) {
        ProductEntity product = new ProductEntity();
        product.setName("Cow Ghee 500ml");
        product.setSlug("cow-ghee-500ml");
        product.setDescription("Slow-cooked cow ghee from Annavaram");
        product.setCategoryId(category.getId());
        product.setCategory(category.getName());
        product.setPrice(DEFAULT_PRICE);
        product.setCurrency("INR");
        product.setStock(DEFAULT_STOCK);
        product.setTotalStock(DEFAULT_STOCK);
        product.setMaxUnitsPerUser(5);
        product.setIsUnlimitedPurchase(false);
        product.setImageUrl(DEFAULT_IMAGE);
        product.setImages(new ArrayList<>(List.of(DEFAULT_IMAGE, "https://cdn.example.test/img/ghee-2.jpg")));
        product.setIsActive(true);
        product.setIsDeleted(false);
        product.setAverageRating(4.5);
        product.setReviewCount(12);
        product.setVersion(3L);
        product.setCreatedAt(Instant.parse("2025-03-04T05:06:07.089Z"));
        return product;
    }

    /** A product on sale in {@code category}: every pair equal, a slug from its name, no rating figures. */
    public static ProductEntity onSale(Category category, String name, String price, int stock) {
        ProductEntity product = new ProductEntity();
        product.setName(name);
        product.setSlug(Slugs.of(name));
        product.setDescription("Fresh " + name + " from Annavaram");
        product.setCategoryId(category.getId());
        product.setCategory(category.getName());
        product.setPrice(new BigDecimal(price));
        product.setCurrency("INR");
        product.setStock(stock);
        product.setTotalStock(stock);
        product.setMaxUnitsPerUser(100);
        product.setIsUnlimitedPurchase(false);
        String image = "https://cdn.example.test/img/" + product.getSlug() + ".jpg";
        product.setImageUrl(image);
        product.setImages(new ArrayList<>(List.of(image)));
        product.setIsActive(true);
        product.setIsDeleted(false);
        return product;
    }

    /** A product with only a name and a price, for queries on price. */
    public static ProductEntity priced(String name, String price) {
        ProductEntity product = new ProductEntity();
        product.setName(name);
        product.setPrice(new BigDecimal(price));
        product.setStock(1);
        return product;
    }
}
