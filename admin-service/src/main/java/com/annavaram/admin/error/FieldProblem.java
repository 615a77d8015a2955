package com.annavaram.admin.error;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input of a 400 problem: a body field by its JSON pointer ({@code /price}), or a query or path
 * parameter by name (RFC 9457 section 3 uses these two members).
 *
 * @param pointer the JSON pointer of a body field, or {@code null}
 * @param parameter the name of a query or path parameter, or {@code null}
 * @param detail what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String pointer, String parameter, String detail) {

    public static FieldProblem pointer(String pointer, String detail) {
        return new FieldProblem(pointer, null, detail);
    }

    public static FieldProblem parameter(String parameter, String detail) {
        return new FieldProblem(null, parameter, detail);
    }

    /** The field for a sentence: the pointer without its leading slash, or the parameter. */
    @JsonIgnore
    public String name() {
        if (pointer != null) {
            return pointer.startsWith("/") ? pointer.substring(1) : pointer;
        }
        return parameter;
    }
}
