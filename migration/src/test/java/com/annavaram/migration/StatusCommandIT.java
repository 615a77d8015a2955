package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

class StatusCommandIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MigrationCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void shouldReportLegacyCollectionsOfReachableDatabase() {
        String name = TestDatabases.unique("status");
        LegacyFixtures.load(MongoTestServer.get().client().getDatabase(name));

        int code = run("status", "--uri", MongoTestServer.get().uri(name));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("database: " + name + " (reachable)")
                .containsPattern("adminproducts\\s+50 documents").containsPattern("products\\s+45 documents")
                .contains("legacy adminproducts: present").contains("lock: free");
        MongoTestServer.get().client().getDatabase(name).drop();
    }

    @Test
    void shouldListRunsWithTheirStepsLockAndBackupsAfterARun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String name = TestDatabases.unique("status");
        var db = MongoTestServer.get().client().getDatabase(name);
        LegacyFixtures.load(db);
        String uri = MongoTestServer.get().uri(name);
        assertThat(run("run", "--uri", uri, "--no-progress", "--report", dir.resolve("r.json").toString())).isZero();
        out.getBuffer().setLength(0);

        int code = run("status", "--uri", uri);

        assertThat(code).isZero();
        assertThat(out.toString()).contains("legacy adminproducts: absent").contains("migration runs: 1")
                .containsPattern("run \\S+: done, last completed step finish").contains("    backup ")
                .contains("    orders ").contains("lock: free").contains("backups: 9")
                .containsPattern("products_backup_\\S+\\s+45 documents");
        db.drop();
    }

    @Test
    void shouldExitAbortedWithClearMessageWhenDatabaseIsUnreachable() {
        int code = run("status", "--uri", "mongodb://127.0.0.1:1/x", "--timeout-seconds", "1");

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("cannot reach").contains("127.0.0.1:1");
    }

    @Test
    void shouldExitWithUsageCodeOnUnknownOption() {
        assertThat(run("status", "--bogus")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
