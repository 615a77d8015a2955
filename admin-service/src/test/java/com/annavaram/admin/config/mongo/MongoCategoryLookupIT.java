package com.annavaram.admin.config.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.alias.CategoryLookup;
import com.annavaram.model.catalog.Category;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

/** The save hook's category lookup: names match whatever their case, and never as a pattern. */
@SpringBootTest
class MongoCategoryLookupIT {

    private static final String DATABASE = TestDatabases.unique("admin_categories");
    private static final ObjectId PICKLES_ID = new ObjectId("65a0000000000000000000a1");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    private final MongoTemplate mongo;
    private final CategoryLookup lookup;

    MongoCategoryLookupIT(MongoTemplate mongo, CategoryLookup lookup) {
        this.mongo = mongo;
        this.lookup = lookup;
    }

    @BeforeEach
    void saveCategories() {
        mongo.save(Documents.category());
        Category pickles = new Category();
        pickles.setId(PICKLES_ID);
        pickles.setName("Pickles (Andhra)");
        mongo.save(pickles);
    }

    @Test
    void shouldFindTheNameOfACategoryById() {
        assertThat(lookup.nameOf(Documents.DEFAULT_CATEGORY_ID)).contains(Documents.DEFAULT_CATEGORY);
        assertThat(lookup.nameOf(new ObjectId())).isEmpty();
        assertThat(lookup.nameOf(null)).isEmpty();
    }

    @Test
    void shouldFindACategoryByItsNameInAnyCase() {
        assertThat(lookup.idOfName(Documents.DEFAULT_CATEGORY)).contains(Documents.DEFAULT_CATEGORY_ID);
        assertThat(lookup.idOfName("ghee & OILS")).contains(Documents.DEFAULT_CATEGORY_ID);
        assertThat(lookup.idOfName("PICKLES (ANDHRA)")).contains(PICKLES_ID);
    }

    @Test
    void shouldNotTreatANameAsAPattern() {
        assertThat(lookup.idOfName(".*")).isEmpty();
        assertThat(lookup.idOfName("Pickles (Andhr.)")).isEmpty();
        assertThat(lookup.idOfName("Ghee")).isEmpty();
        assertThat(lookup.idOfName("  ")).isEmpty();
    }
}
