package com.annavaram.model.bson;

import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/** Writes ObjectId; reads ObjectId or a 24-hex string, which some legacy writers stored for references. */
public final class LenientObjectIdCodec implements Codec<ObjectId> {

    @Override
    public void encode(BsonWriter writer, ObjectId value, EncoderContext context) {
        writer.writeObjectId(value);
    }

    @Override
    public ObjectId decode(BsonReader reader, DecoderContext context) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.OBJECT_ID) {
            return reader.readObjectId();
        }
        if (type == BsonType.STRING) {
            String text = reader.readString();
            return Refs.objectId(text).orElseThrow(
                    () -> new BsonInvalidOperationException("expected an id but found \"" + text + "\""));
        }
        throw new BsonInvalidOperationException("expected an id but found " + type);
    }

    @Override
    public Class<ObjectId> getEncoderClass() {
        return ObjectId.class;
    }
}
