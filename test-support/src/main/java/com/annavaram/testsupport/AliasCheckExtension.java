package com.annavaram.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.annavaram.model.alias.AliasViolation;
import com.mongodb.client.MongoClient;

/**
 * Runs the raw alias checker after every test, over every database of the shared test server, and fails the test on
 * any unequal pair it left behind. Pairs that were already unequal before the test, on a document the test did not
 * change (legacy fixture data waiting for the migration), are not the test's doing and are tolerated.
 *
 * <p>
 * Registered for every test of every module through JUnit's extension auto-detection.
 */
public final class AliasCheckExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(AliasCheckExtension.class);
    private static final String BASELINE = "baseline";

    @Override
    public void beforeEach(ExtensionContext context) {
        if (MongoTestServer.isRunning()) {
            context.getStore(NAMESPACE).put(BASELINE, snapshot());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!MongoTestServer.isRunning()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> baseline = context.getStore(NAMESPACE).getOrDefault(BASELINE, Map.class, Map.of());
        List<String> introduced = introducedSince(baseline);
        if (!introduced.isEmpty()) {
            throw new AssertionError("unequal alias pairs after the test:\n  " + String.join("\n  ", introduced));
        }
    }

    /** The unequal pairs now present that were not there, on an unchanged document, in {@code baseline}. */
    static List<String> introducedSince(Map<String, String> baseline) {
        return snapshot().entrySet().stream().filter(e -> !e.getValue().equals(baseline.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Violation (database-qualified) to the JSON of its document. */
    static Map<String, String> snapshot() {
        Map<String, String> all = new HashMap<>();
        MongoClient client = MongoTestServer.get().client();
        for (String name : client.listDatabaseNames()) {
            if (List.of("admin", "local", "config").contains(name)) {
                continue;
            }
            Map<AliasViolation, String> found = AliasChecker.scanWithDocuments(client.getDatabase(name));
            all.putAll(found.entrySet().stream()
                    .collect(Collectors.toMap(e -> name + ": " + e.getKey(), Map.Entry::getValue, (a, b) -> a)));
        }
        return all;
    }
}
