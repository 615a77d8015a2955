package com.annavaram.model.alias;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers which name of an alias pair the application wrote since the document was loaded or created, so the save
 * hook can let the name written win. The set is {@code transient}: the POJO codecs skip it, and admin-service's
 * Spring Data mapping is made to honour the keyword too (Spring Data alone would store it).
 */
public abstract class AliasTracked {

    private transient Set<String> written;

    protected final void markWritten(String field) {
        if (written == null) {
            written = new HashSet<>(4);
        }
        written.add(field);
    }

    /** Whether the application set {@code field} since the last load or save. */
    public final boolean wasWritten(String field) {
        return written != null && written.contains(field);
    }

    /** Forgets what was written; the hooks call it after a load and after a save. */
    public final void clearWritten() {
        if (written != null) {
            written.clear();
        }
    }
}
