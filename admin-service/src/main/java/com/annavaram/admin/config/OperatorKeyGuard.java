package com.annavaram.admin.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import com.annavaram.admin.error.ApiException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses JSON bodies with a key that starts with {@code $} anywhere in them ({@code {"price": {"$gt": 0}}},
 * {@code {"$set": …}}) with a 400 naming the key, before any of it is bound, let alone sent to MongoDB. Bodies that
 * are not JSON at all are left to the converter, which reports them as malformed.
 */
@ControllerAdvice
class OperatorKeyGuard extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    OperatorKeyGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        JsonNode tree;
        try {
            tree = body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException notJson) {
            tree = null;
        }
        String pointer = tree == null ? null : operatorKey(tree, "");
        if (pointer != null) {
            throw ApiException.invalidField(pointer, "is not allowed: keys may not start with $");
        }
        return new Replayed(message.getHeaders(), body);
    }

    /** The pointer of the first key starting with {@code $}, or {@code null}. */
    static String operatorKey(JsonNode node, String pointer) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String here = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getKey().startsWith("$")) {
                    return here;
                }
                String inner = operatorKey(field.getValue(), here);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String inner = operatorKey(node.get(i), pointer + "/" + i);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private record Replayed(HttpHeaders headers, byte[] body) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
