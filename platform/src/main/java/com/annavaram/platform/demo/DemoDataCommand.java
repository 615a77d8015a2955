package com.annavaram.platform.demo;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.annavaram.model.CollectionNames;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code platform demo-data}: applies the index catalogue and loads the demo shop into an empty database. */
@Command(name = "demo-data", mixinStandardHelpOptions = true, description = "Applies the index catalogue, then "
        + "loads the demo shop (categories, products, a demo admin and a demo customer) only when the database holds "
        + "no document at all. Never deletes or changes existing data.")
public final class DemoDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--uri", defaultValue = "${env:MONGODB_URI:-mongodb://127.0.0.1:27017/online_annavaram}", description = "database, its name in the path (default: MONGODB_URI or ${DEFAULT-VALUE})")
    String uri;

    @Option(names = "--wait-seconds", defaultValue = "30", description = "how long to wait for the server (default: ${DEFAULT-VALUE})")
    int waitSeconds;

    @Override
    public Integer call() {
        ConnectionString connection = new ConnectionString(uri);
        String database = connection.getDatabase() == null
                ? CollectionNames.DEFAULT_DATABASE
                : connection.getDatabase();
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(connection)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(waitSeconds, TimeUnit.SECONDS)).build();
        PrintWriter out = spec.commandLine().getOut();
        try (MongoClient client = MongoClients.create(settings)) {
            DemoData.Result result = DemoData.loadIfEmpty(client.getDatabase(database));
            if (!result.indexes().failed().isEmpty()) {
                out.println("Indexes that could not be built (see the migration): " + result.indexes().failed());
            }
            if (result.loaded()) {
                out.printf("Demo data loaded into '%s': %d categories, %d products, 1 admin, 1 customer.%n", database,
                        result.categories(), result.products());
            } else {
                out.printf("Database '%s' is not empty %s: demo data not loaded (existing data is never touched).%n",
                        database, result.existing());
            }
            out.flush();
        }
        return 0;
    }
}
