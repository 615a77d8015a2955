package com.annavaram.user.config;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.annavaram.user.error.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the error format once: a {@code Problem} schema (RFC 9457 plus {@code success} and {@code message}) and,
 * on every operation, a default response of that type. Runs once, when the application is built: the document needs
 * nothing known only at run time, and building it at start cost about a tenth of the start time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemSchemaFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(FIELD_ERROR, object("One invalid field.").addProperty("pointer", string(
                "JSON pointer into the request body, e.g. /email.")).addProperty("detail", string(
                        "What is wrong with it."))
                .required(List.of("pointer", "detail")));
        components.addSchema(PROBLEM, object("An error (application/problem+json, RFC 9457); detail and message are "
                + "always the same string.").addProperty("type", string("Always about:blank."))
                .addProperty("title", string("The reason phrase of the status."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("What went wrong, written for the shopper."))
                .addProperty("instance", string("The request path."))
                .addProperty("success", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)
                        .description("Always false."))
                .addProperty("message", string("Same text as detail, for the legacy front ends."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR))
                        .description("Field errors of a 400, when there are any."))
                .required(List.of("type", "title", "status", "detail", "success", "message")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                if (responses.getDefaultValue() == null) {
                    responses.setDefaultValue(OASFactory.createAPIResponse().description("An error.")
                            .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory
                                    .createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
                }
            }
        }
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
