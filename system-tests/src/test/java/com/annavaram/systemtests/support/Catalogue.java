package com.annavaram.systemtests.support;

import java.math.BigDecimal;
import java.util.Map;

/** Products the admin puts on sale for a story, each in a fresh category of its own. */
public final class Catalogue {

    private Catalogue() {
    }

    /** What the admin created. */
    public record Listed(String productId, String name, String categoryId, String categoryName, BigDecimal price,
            int stock, String imageUrl) {
    }

    /** A fresh category and one product in it, through A5 and A11. */
    public static Listed list(AdminApi admin, String product, String category, String price, int stock) {
        String categoryName = Names.unique(category);
        String categoryId = (String) admin.createCategory(categoryName).get("_id");
        String name = Names.unique(product);
        String imageUrl = Names.imageUrl(name);
        Map<String, Object> created = admin.createProduct(name, categoryId, new BigDecimal(price), stock, imageUrl);
        return new Listed((String) created.get("_id"), name, categoryId, categoryName, new BigDecimal(price), stock,
                imageUrl);
    }
}
