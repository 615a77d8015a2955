package com.annavaram.model;

import java.time.Instant;

/** A document with {@code createdAt} and {@code updatedAt}, which the save hook maintains. */
public interface Timestamped {

    Instant getCreatedAt();

    void setCreatedAt(Instant createdAt);

    Instant getUpdatedAt();

    void setUpdatedAt(Instant updatedAt);
}
