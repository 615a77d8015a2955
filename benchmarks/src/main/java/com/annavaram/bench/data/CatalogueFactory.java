package com.annavaram.bench.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.catalog.Slugs;

/** Categories and products with both names of every alias pair set, as the services write them. */
final class CatalogueFactory {

    static final int MAX_UNITS_PER_USER = 10;
    private static final String IMAGE_BASE = "https://placehold.co/600x600/png?text=";

    private final Random random;
    private final Instant now;

    CatalogueFactory(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    List<Category> categories(int count) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = i < Words.CATEGORIES.size() ? Words.CATEGORIES.get(i) : "Category " + (i + 1);
            Category category = new Category();
            category.setId(new ObjectId());
            category.setName(name);
            category.setSlug(Slugs.of(name));
            category.setDescription(name + " from the Godavari districts");
            category.setIsActive(true);
            category.setIsDeleted(false);
            category.setCreatedAt(now.minus(400, ChronoUnit.DAYS));
            categories.add(category);
        }
        return categories;
    }

    /** {@code active} products on sale, then 3% inactive and 2% deleted ones, spread over the categories. */
    List<Product> products(List<Category> categories, int active) {
        Set<String> names = new HashSet<>();
        List<Product> products = new ArrayList<>();
        int inactive = active * 3 / 100;
        int deleted = active * 2 / 100;
        for (int i = 0; i < active + inactive + deleted; i++) {
            Category category = categories.get(i % categories.size());
            Product product = product(category, uniqueName(names, i));
            product.setIsActive(i < active + inactive ? i < active : true);
            product.setIsDeleted(i >= active + inactive);
            products.add(product);
        }
        return products;
    }

    private Product product(Category category, String name) {
        Product product = new Product();
        product.setId(new ObjectId());
        product.setName(name);
        product.setSlug(Slugs.of(name, "product", product.getId()));
        String item = name.split(" ")[1];
        product.setDescription("Traditional " + item + " made with " + pick(Words.INGREDIENTS) + " and "
                + pick(Words.INGREDIENTS) + ", packed fresh in " + category.getName().toLowerCase() + ".");
        product.setCategoryId(category.getId());
        product.setCategory(category.getName());
        product.setPrice(Money.normalise(BigDecimal.valueOf(80 + random.nextInt(1_400))));
        product.setCurrency(Money.CURRENCY);
        int stock = 500 + random.nextInt(501);
        product.setStock(stock);
        product.setTotalStock(stock);
        product.setMaxUnitsPerUser(MAX_UNITS_PER_USER);
        product.setIsUnlimitedPurchase(false);
        List<String> images = List.of(IMAGE_BASE + product.getSlug(), IMAGE_BASE + product.getSlug() + "-pack");
        product.setImages(images);
        product.setImageUrl(images.get(0));
        product.setAverageRating(0.0);
        product.setReviewCount(0);
        product.setVersion(0L);
        Instant created = now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
        product.setCreatedAt(created);
        product.setUpdatedAt(created);
        return product;
    }

    private String uniqueName(Set<String> taken, int index) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = pick(Words.PLACES) + " " + pick(Words.ITEMS) + " " + pick(Words.SIZES);
            if (taken.add(name)) {
                return name;
            }
        }
        String name = pick(Words.PLACES) + " " + pick(Words.ITEMS) + " pack " + index;
        taken.add(name);
        return name;
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
