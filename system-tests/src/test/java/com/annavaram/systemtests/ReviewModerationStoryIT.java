package com.annavaram.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.annavaram.systemtests.support.AdminApi;
import com.annavaram.systemtests.support.Catalogue;
import com.annavaram.systemtests.support.Json;
import com.annavaram.systemtests.support.Names;
import com.annavaram.systemtests.support.ShopApi;
import com.annavaram.systemtests.support.SystemTest;

import io.restassured.path.json.JsonPath;

/** Story 4: a review the admin takes down is neither shown nor counted by the shop. */
@SystemTest
class ReviewModerationStoryIT {

    @Test
    void shouldStopShowingAndCountingAReviewTheAdminUnapprovesOrDeletes(AdminApi admin, ShopApi shop) {
        Catalogue.Listed bobbatlu = Catalogue.list(admin, "Bobbatlu", "Festival Sweets", "110.00", 20);
        ShopApi.Customer fan = shop.signUp(Names.email("review-fan"), "Anjali Rao");
        ShopApi.Customer critic = shop.signUp(Names.email("review-critic"), "Kiran Kumar");
        String praise = (String) shop.review(fan, bobbatlu.productId(), 5, "Like home", "Soft, sweet and fresh.")
                .get("id");
        String complaint = (String) shop.review(critic, bobbatlu.productId(), 2, "Too dry", "Arrived dry and broken.")
                .get("id");
        assertShopShows(shop, bobbatlu.productId(), List.of(praise, complaint), "3.5");

        assertThat(admin.reviewsOf(bobbatlu.productId())).extracting(row -> row.get("_id"))
                .containsExactlyInAnyOrder(praise, complaint);
        Map<String, Object> hidden = admin.approve(complaint, false);

        assertThat(hidden.get("isApproved")).isEqualTo(false);
        assertShopShows(shop, bobbatlu.productId(), List.of(praise), "5.0");

        admin.approve(complaint, true);
        assertShopShows(shop, bobbatlu.productId(), List.of(praise, complaint), "3.5");

        Map<String, Object> edited = admin.editReview(complaint, 3, "Arrived a little dry, but tasty.");
        assertThat(edited.get("comment")).isEqualTo("Arrived a little dry, but tasty.");
        assertShopShows(shop, bobbatlu.productId(), List.of(praise, complaint), "4.0");
        assertThat(Json.find(shop.reviewsOf(bobbatlu.productId()).getList("data.reviews"), "id", complaint).get(
                "comment")).isEqualTo("Arrived a little dry, but tasty.");

        admin.approve(complaint, false);
        admin.deleteReview(praise);

        assertShopShows(shop, bobbatlu.productId(), List.of(), "0");
    }

    @Test
    void shouldStopCountingALegacyReviewTheAdminUnapproves(AdminApi admin, ShopApi shop) {
        Map<String, Object> reviewed = shop.products().stream().filter(row -> (Integer) row.get("reviewCount") >= 3)
                .findFirst().orElseThrow(() -> new AssertionError("no legacy product with three reviews"));
        String productId = (String) reviewed.get("id");
        Map<String, Integer> ratings = new LinkedHashMap<>();
        shop.reviewsOf(productId).<Map<String, Object>>getList("data.reviews")
                .forEach(review -> ratings.put((String) review.get("id"), (Integer) review.get("rating")));
        assertThat(ratings).hasSize((Integer) reviewed.get("reviewCount"));
        String taken = ratings.keySet().iterator().next();

        admin.approve(taken, false);

        ratings.remove(taken);
        BigDecimal average = BigDecimal.valueOf(ratings.values().stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP);
        assertShopShows(shop, productId, List.copyOf(ratings.keySet()), average.toPlainString());
    }

    /** The product page's reviews and figures, the list row's figures, and the detail's figures agree. */
    private static void assertShopShows(ShopApi shop, String productId, List<String> reviewIds, String average) {
        JsonPath reviews = shop.reviewsOf(productId);
        assertThat(reviews.getList("data.reviews.id")).containsExactlyInAnyOrderElementsOf(reviewIds);
        assertThat(reviews.getInt("data.stats.totalReviews")).isEqualTo(reviewIds.size());
        assertThat(Json.decimal(reviews.get("data.stats.averageRating"))).isEqualByComparingTo(average);
        for (Map<String, Object> view : List.of(Json.find(shop.products(), "id", productId),
                shop.product(productId))) {
            assertThat(view.get("reviewCount")).isEqualTo(reviewIds.size());
            assertThat(Json.decimal(view.get("averageRating"))).isEqualByComparingTo(new BigDecimal(average));
        }
    }
}
