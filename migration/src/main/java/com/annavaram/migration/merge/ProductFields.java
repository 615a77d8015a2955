package com.annavaram.migration.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.Values;
import com.annavaram.migration.report.Report;
import com.annavaram.model.catalog.Product;

/** Lenient reading of single product fields: stock, flags, images, fields the migration does not know. */
final class ProductFields {

    private final Report report;

    ProductFields(Report report) {
        this.report = report;
    }

    Integer stock(String collection, ObjectId id, Document doc) {
        Object rawStock = doc.get(Product.STOCK);
        Object rawTotal = doc.get(Product.TOTAL_STOCK);
        Integer stock = Values.integer(rawStock);
        Integer total = Values.integer(rawTotal);
        if ((rawStock != null && stock == null && total == null) || (rawStock == null && rawTotal != null
                && total == null)) {
            report.problem(collection, id, Product.STOCK, "stock is not a whole number: "
                    + Values.printable(rawStock != null ? rawStock : rawTotal));
            return null;
        }
        Integer value = firstNonNull(stock, total);
        if (value == null) {
            report.repair(collection, id, Product.STOCK, null, 0);
            return 0;
        }
        if (value < 0) {
            report.repair(collection, id, Product.STOCK, value, 0);
            return 0;
        }
        if (rawStock != null && !(rawStock instanceof Integer)) {
            report.repair(collection, id, Product.STOCK, rawStock, value);
        }
        return value;
    }

    boolean flag(String collection, ObjectId id, Document doc, String field, boolean fallback) {
        Object raw = doc.get(field);
        Boolean value = Values.bool(raw);
        boolean result = value == null ? fallback : value;
        if (!(raw instanceof Boolean)) {
            report.repair(collection, id, field, raw, result);
        }
        return result;
    }

    /** The primary's own pair resolved (its imageUrl wins images[0]), then the copies' images not yet present. */
    static List<String> images(Document primary, List<Document> copies) {
        List<String> images = new ArrayList<>();
        Values.list(primary, Product.IMAGES).forEach(i -> add(images, i));
        String imageUrl = Values.text(primary, Product.IMAGE_URL).orElse(null);
        if (imageUrl != null) {
            if (images.isEmpty()) {
                images.add(imageUrl);
            } else {
                images.set(0, imageUrl);
            }
            for (int i = images.size() - 1; i > 0; i--) {
                if (images.get(i).equals(imageUrl)) {
                    images.remove(i);
                }
            }
        }
        for (Document copy : copies) {
            List<?> copyImages = Values.list(copy, Product.IMAGES);
            if (copyImages.isEmpty()) {
                add(images, copy.get(Product.IMAGE_URL));
            }
            copyImages.forEach(i -> add(images, i));
        }
        return images;
    }

    private static void add(List<String> images, Object image) {
        if (image instanceof String s && !s.isBlank() && !images.contains(s.trim())) {
            images.add(s.trim());
        }
    }

    static void keepUnknown(Document out, Document source, Set<String> known) {
        source.forEach((key, value) -> {
            if (!known.contains(key) && !out.containsKey(key)) {
                out.append(key, value);
            }
        });
    }

    static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

}
