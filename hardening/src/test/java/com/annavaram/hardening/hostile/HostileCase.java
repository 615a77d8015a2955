package com.annavaram.hardening.hostile;

import java.util.Map;

/** One hostile request: which operation it attacks, what kind of input, and the request itself. */
record HostileCase(Operation operation, String kind, String path, Map<String, String> headers, byte[] body,
        boolean authenticated) {

    String describe() {
        return operation.name() + " [" + kind + (authenticated ? "" : ", no token") + "] " + abbreviated(path);
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
