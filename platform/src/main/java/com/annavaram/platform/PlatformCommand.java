package com.annavaram.platform;

import java.util.concurrent.Callable;

import com.annavaram.platform.demo.DemoDataCommand;
import com.annavaram.platform.mongo.MongoCommand;
import com.annavaram.platform.secrets.SecretsCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The helpers bin/platform runs: the embedded server, the demo data and the local secrets. */
@Command(name = "platform", mixinStandardHelpOptions = true, description = "Local platform helpers (bin/platform "
        + "calls them).", subcommands = {MongoCommand.class, DemoDataCommand.class, SecretsCommand.class})
public final class PlatformCommand implements Callable<Integer> {

    /** Exit code of a command line the parser rejects (picocli's default). */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        quietLogging();
        CommandLine commandLine = new CommandLine(new PlatformCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("platform " + parsed.subcommand().commandSpec().name() + ": " + e.getMessage());
            return 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }

    /** The server logs every connection and the driver every cluster change at info: useful only as warnings. */
    private static void quietLogging() {
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setDefault("org.slf4j.simpleLogger.log.org.mongodb.driver", "warn");
        setDefault("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire", "warn");
        setDefault("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo.backend", "warn");
        setDefault("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo.backend.h2.H2Backend", "info");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
