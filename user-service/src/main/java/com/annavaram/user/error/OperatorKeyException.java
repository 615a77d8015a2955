package com.annavaram.user.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON body carried a key starting with {@code $}, the shape of a MongoDB operator; it is refused outright. */
public class OperatorKeyException extends JsonMappingException {

    public static final String MESSAGE = "Keys starting with '$' are not allowed.";

    private static final long serialVersionUID = 1L;

    public OperatorKeyException(JsonParser parser) {
        super(parser, MESSAGE);
    }
}
