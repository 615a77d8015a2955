package com.annavaram.model.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;
import com.annavaram.model.alias.AliasTracked;

/** A product of the shop, as both services and the migration store it in {@code products}. */
public class Product extends AliasTracked implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.PRODUCTS;

    public static final String _ID = "_id";
    public static final String NAME = "name";
    public static final String SLUG = "slug";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY_ID = "categoryId";
    public static final String CATEGORY = "category";
    public static final String PRICE = "price";
    public static final String CURRENCY = "currency";
    public static final String STOCK = "stock";
    public static final String TOTAL_STOCK = "totalStock";
    /**
     * Stock taken by checkouts whose order is not written yet ({order, quantity, at}), kept by user-service's stock
     * ledger in the same update as the take and resolved once; not a property of this class, so whole-document reads
     * ignore it and only partial updates touch it.
     */
    public static final String STOCK_HOLDS = "stockHolds";
    public static final String MAX_UNITS_PER_USER = "maxUnitsPerUser";
    public static final String IS_UNLIMITED_PURCHASE = "isUnlimitedPurchase";
    public static final String IMAGE_URL = "imageUrl";
    public static final String IMAGES = "images";
    public static final String IS_ACTIVE = "isActive";
    public static final String IS_DELETED = "isDeleted";
    public static final String AVERAGE_RATING = "averageRating";
    public static final String REVIEW_COUNT = "reviewCount";
    public static final String VERSION = "version";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private String name;
    private String slug;
    private String description;
    private ObjectId categoryId;
    private String category;
    private BigDecimal price;
    private String currency;
    private Integer stock;
    private Integer totalStock;
    private Integer maxUnitsPerUser;
    private Boolean isUnlimitedPurchase;
    private String imageUrl;
    private List<String> images;
    private Boolean isActive;
    private Boolean isDeleted;
    private Double averageRating;
    private Integer reviewCount;
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ObjectId getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(ObjectId categoryId) {
        this.categoryId = categoryId;
        markWritten(CATEGORY_ID);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
        markWritten(CATEGORY);
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
        markWritten(STOCK);
    }

    public Integer getTotalStock() {
        return totalStock;
    }

    public void setTotalStock(Integer totalStock) {
        this.totalStock = totalStock;
        markWritten(TOTAL_STOCK);
    }

    public Integer getMaxUnitsPerUser() {
        return maxUnitsPerUser;
    }

    public void setMaxUnitsPerUser(Integer maxUnitsPerUser) {
        this.maxUnitsPerUser = maxUnitsPerUser;
    }

    public Boolean getIsUnlimitedPurchase() {
        return isUnlimitedPurchase;
    }

    public void setIsUnlimitedPurchase(Boolean isUnlimitedPurchase) {
        this.isUnlimitedPurchase = isUnlimitedPurchase;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
        markWritten(IMAGE_URL);
    }

    public List<String> getImages() {
        return images;
    }

    public void setImages(List<String> images) {
        this.images = images;
        markWritten(IMAGES);
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    public Double getAverageRating() {
        return averageRating;
    }

    public void setAverageRating(Double averageRating) {
        this.averageRating = averageRating;
    }

    public Integer getReviewCount() {
        return reviewCount;
    }

    public void setReviewCount(Integer reviewCount) {
        this.reviewCount = reviewCount;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
