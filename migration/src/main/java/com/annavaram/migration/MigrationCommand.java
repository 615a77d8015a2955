package com.annavaram.migration;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The migration command line: {@code plan}, {@code run}, {@code verify}, {@code rollback} and {@code status}. */
@Command(name = "migration", mixinStandardHelpOptions = true, version = MigrationRun.CODE_VERSION, description = "Turns the legacy online_annavaram database into one consistent data set.", subcommands = {
        PlanCommand.class, RunCommand.class, VerifyCommand.class, RollbackCommand.class,
        StatusCommand.class}, exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:done, all checks hold",
                "1:verification failed (plan: problems stop a run)", "2:usage error", "3:locked by another run",
                "4:aborted (database unreachable, bad data, failed step)"})
public final class MigrationCommand implements Callable<Integer> {

    /** Held so the setting is not collected: the driver logs through java.util.logging without SLF4J. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        DRIVER_LOG.setLevel(Level.OFF);
        Logger.getLogger("com.mongodb").setLevel(Level.OFF);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MigrationCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof MigrationException m) {
                cmd.getErr().println("migration: " + m.getMessage());
                return m.exitCode();
            }
            if (e instanceof MongoTimeoutException || e instanceof MongoSocketException
                    || e instanceof MongoSecurityException) {
                cmd.getErr().println("migration: cannot reach the database: " + e.getMessage());
                return ExitCodes.ABORTED;
            }
            cmd.getErr().println("migration: " + e);
            return ExitCodes.ABORTED;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }
}
