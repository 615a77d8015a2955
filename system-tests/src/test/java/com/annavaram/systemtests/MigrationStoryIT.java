package com.annavaram.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.systemtests.support.AdminApi;
import com.annavaram.systemtests.support.SystemTest;
import com.annavaram.systemtests.support.SystemUnderTest;
import com.annavaram.testsupport.LegacyFixtures;

/**
 * The one-off before the services started: the packaged migration ran and verified on the legacy set, reached the
 * figures of EXPECTED.json, and the admin now sees every legacy order complete, storefront ones included.
 */
@SystemTest
class MigrationStoryIT {

    @Test
    void shouldHaveMigratedTheLegacySetToTheExpectedFigures(SystemUnderTest system) {
        SystemUnderTest.MigrationOutcome migration = system.migration();
        Document expected = LegacyFixtures.expected();

        assertThat(migration.run().exitCode()).as("%s", migration.run()).isZero();
        assertThat(migration.verify().exitCode()).as("%s", migration.verify()).isZero();
        assertThat(migration.counts()).containsEntry("products", expected.getInteger("products_after_merge")
                .longValue()).containsEntry("orders", expected.getInteger("orders_total").longValue())
                .doesNotContainKey("adminproducts");
        assertThat(migration.unequalPairs()).isEmpty();
    }

    @Test
    void shouldListEveryLegacyOrderCompleteInTheAdminsDefaultOrderList(AdminApi admin) {
        Set<String> legacy = LegacyFixtures.read().get("orders").stream().map(order -> order.getObjectId("_id"))
                .map(ObjectId::toHexString).collect(Collectors.toSet());

        List<Map<String, Object>> listed = admin.orders().stream().filter(row -> legacy.contains(row.get("_id")))
                .toList();

        assertThat(listed).hasSize(legacy.size());
        assertThat(listed).allSatisfy(row -> {
            assertThat((String) row.get("orderId")).isNotBlank();
            assertThat((String) row.get("userId")).matches("[0-9a-f]{24}");
            assertThat((List<?>) row.get("products")).isNotEmpty();
        });
    }
}
