package com.annavaram.platform.mongo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code platform mongo}: runs the embedded server in the foreground until the process is told to stop. */
@Command(name = "mongo", mixinStandardHelpOptions = true, description = "Runs a MongoDB-compatible server "
        + "(mongo-java-server, H2 file backend) until SIGTERM or Ctrl-C; the data file survives restarts.")
public final class MongoCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "27017", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-file", defaultValue = ".data/mongo.mv", description = "H2 MVStore file (default: ${DEFAULT-VALUE})")
    Path dataFile;

    @Option(names = "--in-memory", description = "keep nothing: no data file")
    boolean inMemory;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedMongo mongo = inMemory
                ? EmbeddedMongo.startInMemory(host, port)
                : EmbeddedMongo.startWithFile(host, port, dataFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("embedded MongoDB: stopping" + (inMemory ? "" : ", committing the data file"));
            mongo.close();
            stopped.countDown();
        }, "embedded-mongo-stop"));
        System.out.println("embedded MongoDB listening on " + mongo.address().getHostString() + ":" + mongo.port()
                + (inMemory ? " (in memory)" : ", data in " + mongo.dataFile()));
        stopped.await();
        return 0;
    }
}
