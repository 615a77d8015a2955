package com.annavaram.user.payment;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How orders are paid: Razorpay when its keys are set, otherwise the manual gateway (cash on delivery). */
@ConfigMapping(prefix = "payments")
public interface PaymentConfig {

    Razorpay razorpay();

    /** How long a {@code pending_payment} order holds its stock before the sweeper cancels it. */
    @WithDefault("PT30M")
    Duration paymentTimeout();

    /** Razorpay Orders API and Checkout. */
    interface Razorpay {

        Optional<String> keyId();

        Optional<String> keySecret();

        /** Without it the webhook endpoint refuses every call. */
        Optional<String> webhookSecret();

        @WithDefault("https://api.razorpay.com/v1")
        String apiBase();

        /** The shop's name in the Checkout dialog. */
        @WithDefault("Annavaram Store")
        String checkoutName();

        @WithDefault("PT10S")
        Duration timeout();

        default boolean enabled() {
            return keyId().filter(k -> !k.isBlank()).isPresent() && keySecret().filter(k -> !k.isBlank())
                    .isPresent();
        }
    }
}
