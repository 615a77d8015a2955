package com.annavaram.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.model.CollectionNames;

/** Bad input of every kind: a clear 4xx problem each time, and not one stored document changed. */
class BadInputIT extends ApiIntegration {

    private static final List<String> WATCHED = List.of(CollectionNames.PRODUCTS, CollectionNames.CATEGORIES,
            CollectionNames.ORDERS, CollectionNames.REVIEWS, CollectionNames.ADMINS, CollectionNames.AUDIT_LOGS);
    private static final String ORDER = "f78e698bfe7187d50c5ddbcf";
    private static final String REVIEW = "69bfd347c9d4af4529108161";

    @LocalServerPort
    private int port;

    private String category;
    private String product;

    @BeforeEach
    void targets() {
        category = Catalog.category(api(), superAdmin(), Catalog.unique("Bad Input"));
        product = Catalog.product(api(), superAdmin(), category, "Target of bad input", 5).get("_id").asString();
    }

    /** method, path (with {product}/{category}), body, expected status. */
    static Stream<Arguments> badRequests() {
        return Stream.of(bad("malformed product id", "PUT", "/api/products/not-an-id", product("100", "5"), 404),
                bad("malformed order id", "PATCH", "/api/orders/123/status", "{\"status\":\"delivered\"}", 404),
                bad("malformed review id", "DELETE", "/api/reviews/zzz", null, 404),
                bad("malformed category id", "DELETE", "/api/categories/abc", null, 404),
                bad("malformed category in a body", "PATCH", "/api/products/{product}", "{\"categoryId\":\"abc\"}",
                        400),
                bad("price as text", "PATCH", "/api/products/{product}", "{\"price\":\"cheap\"}", 400),
                bad("stock as text", "PATCH", "/api/products/{product}/stock", "{\"stock\":\"many\"}", 400),
                bad("stock as a fraction", "PATCH", "/api/products/{product}/stock", "{\"stock\":1.5}", 400),
                bad("flag as an object", "PATCH", "/api/products/{product}", "{\"isActive\":{}}", 400),
                bad("negative price", "PUT", "/api/products/{product}", product("-5", "5"), 400),
                bad("zero price", "PATCH", "/api/products/{product}", "{\"price\":0}", 400),
                bad("negative stock", "PUT", "/api/products/{product}", product("100", "-1"), 400),
                bad("negative stock call", "PATCH", "/api/products/{product}/stock", "{\"stock\":-3}", 400),
                bad("unknown order status", "PATCH", "/api/orders/" + ORDER + "/status", "{\"status\":\"lost\"}",
                        400),
                bad("rating out of range", "PUT", "/api/reviews/" + REVIEW, "{\"rating\":0}", 400),
                bad("operator in a field", "PATCH", "/api/products/{product}", "{\"price\":{\"$gt\":0}}", 400),
                bad("operator as a key", "PATCH", "/api/products/{product}", "{\"$set\":{\"isDeleted\":true}}",
                        400),
                bad("operator in a login", "POST", "/api/auth/login",
                        "{\"email\":{\"$ne\":\"\"},\"password\":{\"$ne\":\"\"}}", 400),
                bad("operator in a nested array", "PUT", "/api/categories/{category}",
                        "{\"name\":\"x\",\"tags\":[{\"$where\":\"sleep(1000)\"}]}", 400),
                bad("malformed JSON", "PUT", "/api/categories/{category}", "{\"name\":", 400),
                bad("JSON of the wrong shape", "PATCH", "/api/orders/" + ORDER + "/status", "[\"delivered\"]", 400),
                bad("number as text", "PUT", "/api/categories/{category}", "{\"name\":12345}", 400),
                bad("boolean as text", "PUT", "/api/categories/{category}", "{\"name\":true}", 400),
                bad("number as a flag", "PATCH", "/api/products/{product}", "{\"isUnlimitedPurchase\":1}", 400),
                bad("text as a number", "PATCH", "/api/products/{product}/stock", "{\"stock\":\"12\"}", 400),
                bad("number as review text", "PUT", "/api/reviews/" + REVIEW, "{\"comment\":12345}", 400),
                bad("wrong media type", "PATCH", "/api/products/{product}/stock", "stock=3", 415),
                bad("malformed If-Match", "DELETE", "/api/products/{product}", null, 400));
    }

    private static Arguments bad(String name, String method, String path, String body, int status) {
        return Arguments.of(name, method, path, body, status);
    }

    private static String product(String price, String stock) {
        return "{\"name\":\"x\",\"categoryId\":\"65a000000000000000000001\",\"price\":" + price + ",\"totalStock\":"
                + stock + "}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void shouldRefuseBadInputAndChangeNothing(String name, String method, String path, String body, int status) {
        Map<String, String> before = snapshot();
        Map<String, String> headers = new HashMap<>();
        if (name.equals("wrong media type")) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
        }
        if (name.equals("malformed If-Match")) {
            headers.put("If-Match", "last tuesday");
        }
        String resolved = path.replace("{product}", product).replace("{category}", category);

        Reply reply = api().send(method, resolved, superAdmin(), body, headers);

        reply.expectProblem(status);
        assertThat(snapshot()).as(name).isEqualTo(before);
    }

    @Test
    void shouldRefuseATwoMegabyteBodyWith413AndChangeNothing() {
        Map<String, String> before = snapshot();
        String huge = "{\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        api().patch("/api/products/" + product, superAdmin(), huge).expectProblem(413);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATwoMegabyteBodyOfUnknownLengthWith413() throws Exception {
        Map<String, String> before = snapshot();
        byte[] huge = ("{\"description\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        HttpRequest request = HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/products/" + product))
                .header("Authorization", "Bearer " + superAdmin()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        new Reply(response.statusCode(), response.headers(), response.body()).expectProblem(413);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldAnswerRegexMetacharactersAsLiteralSearchesAndChangeNothing() {
        Map<String, String> before = snapshot();
        for (String search : new String[]{"(a+)+$", ".*", "[a-", "\\\\"}) {
            String encoded = URLEncoder.encode(search, StandardCharsets.UTF_8);
            for (String list : new String[]{"/api/products", "/api/orders", "/api/users", "/api/categories"}) {
                assertThat(api().get(list + "?search=" + encoded, superAdmin()).expectOk().data().size())
                        .as("%s?search=%s", list, search).isZero();
            }
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Tomcat refuses these paths before Spring runs, and cannot decode these query strings (which used to be a 500):
     * the answer is a 400 problem, not Tomcat's HTML page.
     */
    @Test
    void shouldAnswerPathsTomcatRefusesWithAProblem() {
        for (String path : new String[]{"/api/products/..%2F..%2Fadmins", "/api/products/..%5Cadmins",
                "/api/products/%00", "/api/products?page=%C3%28%FF%FE", "/api/orders?search=%C0%AF"}) {
            api().get(path, superAdmin()).expectProblem(400);
        }
    }

    private Map<String, String> snapshot() {
        Map<String, String> all = new TreeMap<>();
        for (String collection : WATCHED) {
            List<String> docs = new ArrayList<>();
            mongo.getDb().getCollection(collection).find().map(Document::toJson).into(docs);
            all.put(collection, String.join("\n", docs));
        }
        return all;
    }
}
