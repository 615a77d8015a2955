package com.annavaram.model.alias;

import java.time.Instant;

import com.annavaram.model.Timestamped;

/** Sets {@code createdAt} once and {@code updatedAt} on every save. */
final class Timestamps {

    private Timestamps() {
    }

    static void touch(Object document, Instant now) {
        if (document instanceof Timestamped timestamped) {
            if (timestamped.getCreatedAt() == null) {
                timestamped.setCreatedAt(now);
            }
            timestamped.setUpdatedAt(now);
        }
    }
}
