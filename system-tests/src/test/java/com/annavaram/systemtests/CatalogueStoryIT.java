package com.annavaram.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.annavaram.systemtests.support.AdminApi;
import com.annavaram.systemtests.support.Catalogue;
import com.annavaram.systemtests.support.Json;
import com.annavaram.systemtests.support.Names;
import com.annavaram.systemtests.support.ShopApi;
import com.annavaram.systemtests.support.SystemTest;
import com.annavaram.testsupport.LegacyFixtures;

/** Stories 1 and 5: what the admin puts in the catalogue is what the shop lists and filters on. */
@SystemTest
class CatalogueStoryIT {

    /** The category the migration creates for storefront products whose category string matched none. */
    private static final String MIGRATION_CREATED_CATEGORY = LegacyFixtures.expected()
            .getList("category_names_in_storefront_products_without_category", String.class).get(0);

    @Test
    void shouldListAProductCreatedByTheAdminWithItsCategoryNameImageAndStock(AdminApi admin, ShopApi shop) {
        Catalogue.Listed kaja = Catalogue.list(admin, "Kakinada Kaja Box", "Festival Sweets", "249.50", 17);

        Map<String, Object> row = Json.find(shop.products(), "id", kaja.productId());
        assertThat(row).as("the shop's products page lists %s", kaja.name()).isNotNull();
        assertShopView(row, kaja);
        assertThat(Json.decimal(row.get("averageRating"))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(row.get("reviewCount")).isEqualTo(0);
        Map<String, Object> detail = shop.product(kaja.productId());
        assertShopView(detail, kaja);
        assertThat(detail.get("_id")).isEqualTo(kaja.productId());

        Map<String, Object> adminRow = admin.product(kaja.productId());
        assertThat(adminRow.get("categoryId")).isEqualTo(Map.of("_id", kaja.categoryId(), "name",
                kaja.categoryName(), "isActive", true));
        assertThat(adminRow.get("totalStock")).isEqualTo(17);
        assertThat(adminRow.get("imageUrl")).isEqualTo(kaja.imageUrl());
    }

    @Test
    void shouldFilterTheShopByTheNewNameOfARenamedCategory(AdminApi admin, ShopApi shop) {
        Catalogue.Listed pickle = Catalogue.list(admin, "Gongura Pickle", "Pickles", "180.00", 25);
        assertThat(ids(shop.productsIn(pickle.categoryName()))).containsExactly(pickle.productId());
        String renamed = Names.unique("Andhra Pickles");

        admin.renameCategory(pickle.categoryId(), renamed);

        assertThat(ids(shop.productsIn(renamed))).containsExactly(pickle.productId());
        assertThat(ids(shop.productsIn(renamed.toUpperCase()))).containsExactly(pickle.productId());
        assertThat(shop.productsIn(pickle.categoryName())).isEmpty();
        assertThat(shop.product(pickle.productId()).get("category")).isEqualTo(renamed);
        assertThat(Json.find(shop.products(), "id", pickle.productId()).get("category")).isEqualTo(renamed);
        assertThat(admin.product(pickle.productId()).get("categoryId")).isEqualTo(Map.of("_id", pickle
                .categoryId(), "name", renamed, "isActive", true));
    }

    @Test
    void shouldShowTheShopTheAdminsEditOfImageStockAndCategory(AdminApi admin, ShopApi shop) {
        Catalogue.Listed podi = Catalogue.list(admin, "Kandi Podi", "Podis", "95.00", 30);
        Catalogue.Listed spices = Catalogue.list(admin, "Karam Podi", "Spice Mixes", "85.00", 12);
        String newImage = Names.imageUrl(podi.name() + " new pack");

        admin.editProduct(podi.productId(), podi.name(), spices.categoryId(), new BigDecimal("99.00"), 21, newImage);

        Map<String, Object> detail = shop.product(podi.productId());
        assertThat(detail.get("images")).isEqualTo(List.of(newImage));
        assertThat(detail.get("stock")).isEqualTo(21);
        assertThat(detail.get("category")).isEqualTo(spices.categoryName());
        assertThat(Json.decimal(detail.get("price"))).isEqualByComparingTo("99.00");
        assertThat(ids(shop.productsIn(spices.categoryName()))).containsExactlyInAnyOrder(spices.productId(), podi
                .productId());
        assertThat(shop.productsIn(podi.categoryName())).isEmpty();
        assertThat(admin.stockOf(podi.productId())).isEqualTo(21);
    }

    @Test
    void shouldFilterTheShopByTheNewNameOfARenamedLegacyCategory(AdminApi admin, ShopApi shop) {
        Map<String, Object> created = Json.find(admin.categories(), "name", MIGRATION_CREATED_CATEGORY);
        assertThat(created).as("the migration created %s", MIGRATION_CREATED_CATEGORY).isNotNull();
        List<Object> before = ids(shop.productsIn(MIGRATION_CREATED_CATEGORY));
        assertThat(before).as("storefront-only products filed under %s", MIGRATION_CREATED_CATEGORY).isNotEmpty();
        String renamed = Names.unique("Sweets and Savouries");

        admin.renameCategory((String) created.get("_id"), renamed);

        assertThat(ids(shop.productsIn(renamed))).containsExactlyInAnyOrderElementsOf(before);
        assertThat(shop.productsIn(MIGRATION_CREATED_CATEGORY)).isEmpty();
        assertThat(shop.products()).filteredOn(row -> before.contains(row.get("id"))).extracting(row -> row.get(
                "category")).hasSize(before.size()).containsOnly(renamed);
    }

    private static void assertShopView(Map<String, Object> view, Catalogue.Listed listed) {
        assertThat(view.get("id")).isEqualTo(listed.productId());
        assertThat(view.get("name")).isEqualTo(listed.name());
        assertThat(view.get("category")).isEqualTo(listed.categoryName());
        assertThat(view.get("images")).isEqualTo(List.of(listed.imageUrl()));
        assertThat(view.get("stock")).isEqualTo(listed.stock());
        assertThat(Json.decimal(view.get("price"))).isEqualByComparingTo(listed.price());
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("id")).toList();
    }
}
