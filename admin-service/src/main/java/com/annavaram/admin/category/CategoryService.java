package com.annavaram.admin.category;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Slugs;

/**
 * Categories. A category in use by a product that is not deleted cannot be disabled or deleted (409). Renaming one
 * renames it on its products: on those that reference it by id, and on legacy products that carry only its name.
 */
@Service
class CategoryService {

    static final int MAX_NAME = 100;
    static final String TARGET = "category";
    static final String NOT_FOUND = "Category not found";

    private final MongoTemplate mongo;
    private final CategoryMapper mapper;
    private final CategoryProducts products;
    private final AuditTrail audit;
    private final Clock clock;

    CategoryService(MongoTemplate mongo, CategoryMapper mapper, CategoryProducts products, AuditTrail audit,
            Clock clock) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.products = products;
        this.audit = audit;
        this.clock = clock;
    }

    record Page(List<CategoryResponse> items, long total) {
    }

    /** A4: newest first, deleted ones only on request. */
    Page list(String search, boolean includeDeleted, Paging paging) {
        Criteria criteria = new Criteria();
        if (!includeDeleted) {
            criteria.and(Category.IS_DELETED).ne(true);
        }
        if (search != null && !search.isBlank()) {
            criteria.and(Category.NAME).regex(Pattern.compile(Pattern.quote(search.trim()), Pattern.CASE_INSENSITIVE));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, Category.CREATED_AT).and(Sort.by(Sort.Direction.DESC, "_id")));
        long total = mongo.count(query, Category.class);
        List<Category> found = mongo.find(query.skip(paging.skip()).limit(paging.limit()), Category.class);
        return new Page(found.stream().map(mapper::toResponse).toList(), total);
    }

    /** A10: the categories a product may be filed under, by name. */
    List<CategoryResponse> active() {
        Query query = Query.query(where(Category.IS_ACTIVE).ne(false).and(Category.IS_DELETED).ne(true))
                .with(Sort.by(Category.NAME));
        return mongo.find(query, Category.class).stream().map(mapper::toResponse).toList();
    }

    CategoryResponse get(ObjectId id) {
        return mapper.toResponse(find(id));
    }

    CategoryResponse create(CategoryRequest request) {
        if (request.name() == null) {
            throw ApiException.invalidField("/name", "is required");
        }
        String name = request.name().trim();
        Optional<Category> sameName = byName(name);
        if (sameName.isPresent() && !Boolean.TRUE.equals(sameName.get().getIsDeleted())) {
            throw ApiException.conflict("A category with this name already exists");
        }
        if (sameName.isPresent()) {
            // A deleted category of that name comes back rather than colliding with it on the unique index.
            Category deleted = sameName.get();
            mongo.updateFirst(Query.query(where("_id").is(deleted.getId())),
                    new Update().set(Category.IS_DELETED, false).set(Category.IS_ACTIVE, true)
                            .set(Category.NAME, name).set(Category.DESCRIPTION, request.description())
                            .set(Category.UPDATED_AT, now()),
                    Category.class);
            Category revived = find(deleted.getId());
            audit.record("category.create", TARGET, revived.getId(), snapshot(deleted), snapshot(revived));
            return mapper.toResponse(revived);
        }
        Category category = new Category();
        category.setId(new ObjectId());
        category.setName(name);
        category.setSlug(Slugs.unique(Slugs.of(name, TARGET, category.getId()),
                slug -> mongo.exists(Query.query(where(Category.SLUG).is(slug)), Category.class)));
        category.setDescription(request.description());
        category.setIsActive(!Boolean.FALSE.equals(request.isActive()));
        category.setIsDeleted(false);
        Category saved = mongo.insert(category);
        audit.record("category.create", TARGET, saved.getId(), null, snapshot(saved));
        return mapper.toResponse(saved);
    }

    /** A6: rename (products follow), describe, or enable or disable. */
    CategoryResponse update(ObjectId id, CategoryRequest request) {
        Category current = find(id);
        if (request.name() == null && request.description() == null && request.isActive() == null) {
            throw ApiException.badRequest("Nothing to change");
        }
        Update update = new Update().set(Category.UPDATED_AT, now());
        String name = request.name() == null ? current.getName() : request.name().trim();
        boolean renamed = !name.equals(current.getName());
        if (renamed) {
            byName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw ApiException.conflict("A category with this name already exists");
            });
            update.set(Category.NAME, name);
        }
        if (request.description() != null) {
            update.set(Category.DESCRIPTION, request.description());
        }
        if (request.isActive() != null) {
            if (!request.isActive()) {
                products.refuseWhileUsed(current, "disabled");
            }
            update.set(Category.IS_ACTIVE, request.isActive());
        }
        mongo.updateFirst(Query.query(where("_id").is(id)), update, Category.class);
        if (renamed) {
            products.rename(id, current.getName());
        }
        Category saved = find(id);
        audit.record("category.update", TARGET, id, snapshot(current), snapshot(saved));
        return mapper.toResponse(saved);
    }

    /** A7. */
    CategoryResponse toggle(ObjectId id) {
        Category current = find(id);
        boolean activate = Boolean.FALSE.equals(current.getIsActive());
        if (!activate) {
            products.refuseWhileUsed(current, "disabled");
        }
        mongo.updateFirst(Query.query(where("_id").is(id)),
                new Update().set(Category.IS_ACTIVE, activate).set(Category.UPDATED_AT, now()), Category.class);
        Category saved = find(id);
        audit.record("category.toggle", TARGET, id, snapshot(current), snapshot(saved));
        return mapper.toResponse(saved);
    }

    /** A8: a soft delete, refused while products use the category. */
    void delete(ObjectId id) {
        Category current = find(id);
        products.refuseWhileUsed(current, "deleted");
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set(Category.IS_DELETED, true)
                .set(Category.IS_ACTIVE, false).set(Category.UPDATED_AT, now()), Category.class);
        audit.record("category.delete", TARGET, id, snapshot(current), snapshot(mongo.findById(id, Category.class)));
    }

    private Optional<Category> byName(String name) {
        Pattern sameName = Pattern.compile("^" + Pattern.quote(name) + "$", Pattern.CASE_INSENSITIVE);
        return Optional.ofNullable(mongo.findOne(Query.query(where(Category.NAME).regex(sameName)), Category.class));
    }

    private Category find(ObjectId id) {
        Category category = mongo.findById(id, Category.class);
        if (category == null || Boolean.TRUE.equals(category.getIsDeleted())) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return category;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Map<String, Object> snapshot(Category category) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Category.NAME, category.getName());
        fields.put(Category.DESCRIPTION, category.getDescription());
        fields.put(Category.IS_ACTIVE, category.getIsActive());
        fields.put(Category.IS_DELETED, category.getIsDeleted());
        return fields;
    }
}
