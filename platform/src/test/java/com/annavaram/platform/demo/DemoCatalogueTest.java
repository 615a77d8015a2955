package com.annavaram.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.annavaram.platform.demo.DemoCatalogue.CategoryLine;
import com.annavaram.platform.demo.DemoCatalogue.ProductLine;

class DemoCatalogueTest {

    @Test
    void shouldDescribeSixCategoriesAndAtLeastHundredProducts() {
        List<String> categories = DemoCatalogue.categories().stream().map(CategoryLine::name).toList();

        assertThat(categories).containsExactly("Telugu Snacks", "Traditional Sweets", "Pickles", "Dry Fruits",
                "Chocolates", "Podis & Powders");
        assertThat(DemoCatalogue.products()).hasSizeGreaterThanOrEqualTo(100)
                .allSatisfy(p -> assertThat(categories).contains(p.category()));
        assertThat(DemoCatalogue.products().stream().map(ProductLine::category).distinct()).hasSize(6);
    }

    @Test
    void shouldGiveEveryProductAUniqueNameAPriceInRupeesAndADescription() {
        List<ProductLine> products = DemoCatalogue.products();

        assertThat(products.stream().map(ProductLine::name).distinct().count()).isEqualTo(products.size());
        assertThat(products).allSatisfy(p -> {
            assertThat(p.price().scale()).isEqualTo(2);
            assertThat(p.price()).isPositive();
            assertThat(p.name()).endsWith(p.pack());
            assertThat(p.description()).contains(p.pack()).hasSizeGreaterThan(30);
        });
        assertThat(products).filteredOn(p -> p.name().equals("Avakaya Pickle 500 g")).singleElement()
                .satisfies(p -> assertThat(p.price()).isEqualByComparingTo("340"));
    }
}
