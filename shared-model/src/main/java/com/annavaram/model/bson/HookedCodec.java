package com.annavaram.model.bson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonWriter;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import com.annavaram.model.alias.AliasSync;

/**
 * A document codec that runs the save hook before encoding and the load hook after decoding, so no write or read
 * through it can skip them. A document that cannot be read fails with a {@link LegacyDataException} naming the
 * collection, the {@code _id} and the field.
 */
final class HookedCodec<T> implements Codec<T> {

    private static final Pattern FIELD = Pattern.compile("Decoding '([^']+)'");

    private final Codec<T> pojo;
    private final String collection;

    HookedCodec(Codec<T> pojo, String collection) {
        this.pojo = pojo;
        this.collection = collection;
    }

    @Override
    public void encode(BsonWriter writer, T value, EncoderContext context) {
        AliasSync.beforeSave(value);
        pojo.encode(writer, value, context);
    }

    @Override
    public T decode(BsonReader reader, DecoderContext context) {
        BsonReaderMark mark = reader.getMark();
        T value;
        try {
            value = pojo.decode(reader, context);
        } catch (RuntimeException e) {
            mark.reset();
            BsonDocument raw = new BsonDocumentCodec().decode(reader, context);
            throw new LegacyDataException(collection, raw.containsKey("_id") ? ModelCodecs.plain(raw.get("_id")) : "?",
                    field(e), rootMessage(e));
        }
        AliasSync.afterLoad(value);
        return value;
    }

    @Override
    public Class<T> getEncoderClass() {
        return pojo.getEncoderClass();
    }

    /** The POJO codec nests "Decoding 'x' errored with: …" per level; the outermost message holds the path. */
    private static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = FIELD.matcher(String.valueOf(t.getMessage()));
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                path.append(path.isEmpty() ? "" : ".").append(m.group(1));
            }
            if (!path.isEmpty()) {
                return path.toString();
            }
        }
        return "?";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
