package com.annavaram.user.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Drives the account endpoints over HTTP the way the storefront does, reading codes from the mock mailbox. */
public final class AuthClient {

    public static final String ORIGIN = "http://127.0.0.1:5173";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final MockMailbox mailbox;

    public AuthClient(MockMailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** The code of the latest mail to {@code email}. */
    public String lastCode(String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).as("mails to %s", email).isNotEmpty();
        Matcher matcher = CODE.matcher(mails.get(mails.size() - 1).getText());
        assertThat(matcher.find()).as("a 6-digit code in the mail").isTrue();
        return matcher.group(1);
    }

    public int mailCount(String email) {
        return mailbox.getMailsSentTo(email).size();
    }

    public void signup(String email) {
        given().contentType(ContentType.JSON).body(Accounts.signup(email)).post("/api/auth/signup").then()
                .statusCode(201);
    }

    /** Signs up, verifies with the mailed code and returns the session. */
    public Session signedUp(String email) {
        signup(email);
        return session(given().contentType(ContentType.JSON).body(Map.of("email", email, "otp", lastCode(email)))
                .post("/api/auth/verify-email").then().statusCode(200).extract());
    }

    public Session login(String email, String password) {
        return session(given().contentType(ContentType.JSON).body(Accounts.login(email, password))
                .post("/api/auth/login").then().statusCode(200).extract());
    }

    public static Session session(ExtractableResponse<Response> response) {
        return new Session(response.path("data.accessToken"), response.cookie("refreshToken"),
                response.path("data.user.id"), response.path("data.session.id"));
    }

    /** The tokens and ids of one session. */
    public record Session(String accessToken, String refreshToken, String userId, String sessionId) {

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }
}
