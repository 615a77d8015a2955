package com.annavaram.user.payment;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.annavaram.user.account.session.AccessTokens;
import com.annavaram.user.account.session.CurrentAccount;
import com.annavaram.user.web.ApiResponse;

/** The customer's payments, the Razorpay verification (S29) and Razorpay's webhook (public, signed). */
@Path("/api/payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessTokens.CUSTOMER)
class PaymentResource {

    static final String BODY_REQUIRED = "A JSON body is required.";

    private final PaymentService payments;
    private final RazorpayWebhook webhook;
    private final CurrentAccount current;

    PaymentResource(PaymentService payments, RazorpayWebhook webhook, CurrentAccount current) {
        this.payments = payments;
        this.webhook = webhook;
        this.current = current;
    }

    @GET
    public ApiResponse<List<PaymentView>> list() {
        return ApiResponse.of(null, payments.list(current.user().getId()));
    }

    @POST
    @Path("/razorpay/verify")
    public ApiResponse<PaymentService.Verified> verify(
            @Valid @NotNull(message = BODY_REQUIRED) VerifyRequest request) {
        return ApiResponse.of("Payment verified", payments.verify(current.user().getId(), request));
    }

    /** Razorpay calls this with the event signed in {@code X-Razorpay-Signature}; no session. */
    @POST
    @Path("/razorpay/webhook")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public ApiResponse<Map<String, String>> webhook(byte[] body,
            @HeaderParam("X-Razorpay-Signature") String signature,
            @HeaderParam("X-Razorpay-Event-Id") String eventId) {
        String event = webhook.handle(body == null ? new byte[0] : body, signature, eventId);
        return ApiResponse.of("Webhook received", Map.of("event", event));
    }
}
