package com.annavaram.admin.config;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): bearer authentication and
 * the problem+json body every error answers with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String PROBLEM = "Problem";
    private static final String BEARER = "bearerAuth";
    private static final Map<String, String> ERRORS = Map.of("400", "Invalid input (see errors)", "401",
            "Missing, expired or invalid token", "403", "Role not allowed", "404", "No such resource or id",
            "409", "Conflict with the current state", "413", "Body too large", "429", "Rate limit or lockout",
            "500", "Unexpected error");

    @Bean
    OpenAPI adminOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Annavaram admin API").version("1")
                        .description("The admin panel's API. Errors are RFC 9457 problem+json bodies with "
                                + "success:false and message."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Runs after springdoc has computed its schemas, so the problem schema is not replaced by them. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            addProblemResponses(api);
        };
    }

    private static void addProblemResponses(OpenAPI api) {
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> ERRORS
                .forEach((status, description) -> operation.getResponses().computeIfAbsent(status,
                        s -> new ApiResponse().description(description).content(new Content().addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("pointer", new StringSchema().description("JSON pointer of a body field"))
                .addProperty("parameter", new StringSchema().description("name of a query or path parameter"))
                .addProperty("detail", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details with the legacy members success and message")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("success", new BooleanSchema()._default(false))
                .addProperty("message", new StringSchema().description("the same text as detail"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .addProperty("allowedNext", new ArraySchema().items(new StringSchema()))
                .addProperty("retryAfter", new IntegerSchema());
    }
}
