package com.annavaram.hardening.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Outcomes;
import com.annavaram.hardening.support.Shop;
import com.annavaram.hardening.support.StockAudit;
import com.annavaram.platform.launch.ServiceSpec;

/**
 * Kills the user-service (SIGKILL, as a crash) while customers are checking out, several times, and starts it
 * again: afterwards stock and orders agree for every product (the reconciliation check), every order is complete,
 * and no customer's cart is left stuck mid-checkout.
 */
@ExtendWith(HardeningPlatform.class)
class CheckoutCrashIT {

    static final int KILLS = 3;

    @Test
    void shouldReconcileStockAndOrdersAfterCrashesMidCheckout() {
        HardeningPlatform.Stage stage = HardeningPlatform.stage();
        String adminToken = stage.accounts().superAdminToken();
        List<Accounts.Customer> customers = IntStream.range(0, 6).mapToObj(i -> stage.accounts().signUp("crash"))
                .toList();
        Shop shop = new Shop(stage);
        List<String> products = shop.productsOnSale(4, 1);
        products.forEach(product -> shop.restock(adminToken, product, 5_000));
        StockAudit audit = StockAudit.baseline(stage.db());
        Outcomes outcomes;

        try (Shoppers shoppers = new Shoppers(stage, customers, products, adminToken)) {
            for (int kill = 0; kill < KILLS; kill++) {
                Shoppers.pause(2_000 + kill * 700L);
                stage.platform().killService(ServiceSpec.USER);
                stage.platform().startService(ServiceSpec.USER);
            }
            Shoppers.pause(2_000);
            outcomes = shoppers.outcomes();
        }
        Shoppers.await(() -> audit.mismatches(stage.db()).isEmpty() && StockAudit.stuckCarts(stage.db()).isEmpty(),
                recovery());
        List<String> mismatches = audit.mismatches(stage.db());

        Figures.report("checkout crash", KILLS + " kills of user-service mid-checkout; " + outcomes.count(
                "place order 201") + " orders placed, " + outcomes.count("place order no answer")
                + " placements cut off; reconciliation mismatches " + mismatches.size());
        assertThat(mismatches).as("stock against orders after the crashes").isEmpty();
        assertThat(StockAudit.incompleteOrders(stage.db())).isEmpty();
        assertThat(StockAudit.aliasViolations(stage.db())).isEmpty();
        assertThat(StockAudit.stuckCarts(stage.db())).as("carts lost mid-checkout").isEmpty();
    }

    /** How long the user-service may take to repair what a fault left: the hold timeout, a sweep, a margin. */
    static Duration recovery() {
        return Duration.parse("PT" + HardeningPlatform.HOLD_TIMEOUT.toUpperCase(Locale.ROOT)).plusSeconds(
                20);
    }
}
