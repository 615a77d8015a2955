package com.annavaram.model.alias;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.model.Documents;
import com.annavaram.model.catalog.Product;

class ProductAliasSyncTest {

    private static final ObjectId SWEETS_ID = new ObjectId("64a0000000000000000000aa");
    private static final CategoryLookup CATEGORIES = new CategoryLookup() {
        @Override
        public Optional<String> nameOf(ObjectId id) {
            return Documents.DEFAULT_CATEGORY_ID.equals(id)
                    ? Optional.of("Pickles")
                    : SWEETS_ID.equals(id) ? Optional.of("Classic Sweets") : Optional.empty();
        }

        @Override
        public Optional<ObjectId> idOfName(String name) {
            return "classic sweets".equalsIgnoreCase(name) ? Optional.of(SWEETS_ID) : Optional.empty();
        }
    };

    @Test
    void shouldCopyTotalStockToStockWhenOnlyTotalStockIsWritten() {
        Product product = Documents.ghee();
        product.setTotalStock(3);

        AliasSync.beforeSave(product);

        assertThat(product.getStock()).isEqualTo(3);
        assertThat(product.getTotalStock()).isEqualTo(3);
    }

    @Test
    void shouldCopyStockToTotalStockWhenOnlyStockIsWritten() {
        Product product = Documents.ghee();
        product.setStock(4);

        AliasSync.beforeSave(product);

        assertThat(product.getTotalStock()).isEqualTo(4);
    }

    @Test
    void shouldLetStockWinWhenBothStockNamesAreWrittenDifferently() {
        Product product = new Product();
        product.setStock(5);
        product.setTotalStock(9);

        AliasSync.beforeSave(product);

        assertThat(product.getTotalStock()).isEqualTo(5);
    }

    @Test
    void shouldFillStockFromTotalStockOnReadOfAdminDocument() {
        Product product = new Product();
        product.setTotalStock(12);

        AliasSync.afterLoad(product);

        assertThat(product.getStock()).isEqualTo(12);
    }

    @Test
    void shouldLetStockWinOnReadWhenLegacyNamesDiffer() {
        Product product = new Product();
        product.setStock(2);
        product.setTotalStock(40);

        AliasSync.afterLoad(product);

        assertThat(product.getTotalStock()).isEqualTo(2);
    }

    @Test
    void shouldReplaceFirstImageWhenImageUrlIsWritten() {
        Product product = Documents.ghee();
        product.setImageUrl("https://img/new.jpg");

        AliasSync.beforeSave(product);

        assertThat(product.getImages()).containsExactly("https://img/new.jpg", "https://img/ghee-2.jpg");
    }

    @Test
    void shouldTakeImageUrlFromImagesWhenImagesAreWritten() {
        Product product = Documents.ghee();
        product.setImages(new ArrayList<>(List.of("https://img/a.jpg")));

        AliasSync.beforeSave(product);

        assertThat(product.getImageUrl()).isEqualTo("https://img/a.jpg");
    }

    @Test
    void shouldClearBothImageNamesWhenImageUrlIsWrittenEmpty() {
        Product product = Documents.ghee();
        product.setImageUrl("");

        AliasSync.beforeSave(product);

        assertThat(product.getImageUrl()).isNull();
        assertThat(product.getImages()).isEmpty();
    }

    @Test
    void shouldFillImagesFromImageUrlOnReadOfAdminDocument() {
        Product product = new Product();
        product.setImageUrl("https://img/x.jpg");

        AliasSync.afterLoad(product);

        assertThat(product.getImages()).containsExactly("https://img/x.jpg");
    }

    @Test
    void shouldFillImageUrlFromImagesOnReadOfStorefrontDocument() {
        Product product = new Product();
        product.setImages(List.of("https://img/y.jpg", "https://img/z.jpg"));

        AliasSync.afterLoad(product);

        assertThat(product.getImageUrl()).isEqualTo("https://img/y.jpg");
    }

    @Test
    void shouldLetImageUrlWinOnReadWhenLegacyNamesDiffer() {
        Product product = new Product();
        product.setImageUrl("https://img/admin.jpg");
        product.setImages(List.of("https://img/shop.jpg"));

        AliasSync.afterLoad(product);

        assertThat(product.getImages()).containsExactly("https://img/admin.jpg");
    }

    @Test
    void shouldSetCategoryNameFromWrittenCategoryId() {
        Product product = Documents.ghee();
        product.setCategoryId(SWEETS_ID);

        AliasSync.beforeSave(product, CATEGORIES);

        assertThat(product.getCategory()).isEqualTo("Classic Sweets");
    }

    @Test
    void shouldResolveCategoryIdFromWrittenCategoryName() {
        Product product = Documents.ghee();
        product.setCategory("CLASSIC sweets");

        AliasSync.beforeSave(product, CATEGORIES);

        assertThat(product.getCategoryId()).isEqualTo(SWEETS_ID);
        assertThat(product.getCategory()).isEqualTo("Classic Sweets");
    }

    @Test
    void shouldNormaliseMoneyAndDefaultsAndTimestampsOnSave() {
        Product product = new Product();
        product.setPrice(new BigDecimal("129.999"));

        AliasSync.beforeSave(product);

        assertThat(product.getPrice()).isEqualByComparingTo("130.00").hasScaleOf(2);
        assertThat(product.getCurrency()).isEqualTo("INR");
        assertThat(product.getIsDeleted()).isFalse();
        assertThat(product.getImages()).isEmpty();
        assertThat(product.getCreatedAt()).isNotNull();
        assertThat(product.getUpdatedAt()).isEqualTo(product.getCreatedAt());
    }

    @Test
    void shouldForgetWrittenNamesAfterSave() {
        Product product = Documents.ghee();
        product.setTotalStock(1);

        AliasSync.beforeSave(product);

        assertThat(product.wasWritten(Product.TOTAL_STOCK)).isFalse();
    }
}
