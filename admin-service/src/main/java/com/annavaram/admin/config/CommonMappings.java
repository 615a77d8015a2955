package com.annavaram.admin.config;

import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/** Conversions every mapper uses: ids are shown as 24-hex strings. */
@Component
public class CommonMappings {

    public String hex(ObjectId id) {
        return id == null ? null : id.toHexString();
    }
}
