package com.annavaram.model.bson;

/** A stored value that has no safe reading; the message names the collection, the document and the field. */
public class LegacyDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String collection;
    private final Object documentId;
    private final String field;

    public LegacyDataException(String collection, Object documentId, String field, String problem) {
        super(collection + " _id=" + documentId + " field '" + field + "': " + problem);
        this.collection = collection;
        this.documentId = documentId;
        this.field = field;
    }

    public String collection() {
        return collection;
    }

    public Object documentId() {
        return documentId;
    }

    public String field() {
        return field;
    }
}
