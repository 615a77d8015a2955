package com.annavaram.migration;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The migration command line: {@code status} now; {@code plan}, {@code run}, {@code verify}, {@code rollback} next. */
@Command(name = "migration", mixinStandardHelpOptions = true, version = "annavaram-migration 0.1.0", description = "Turns the legacy online_annavaram database into one consistent data set.", subcommands = {
        StatusCommand.class}, exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:done, all checks hold",
                "1:verification failed", "2:usage error", "3:locked by another run", "4:aborted (database unreachable, "
                        + "bad data, failed step)"})
public final class MigrationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MigrationCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("migration: " + e.getMessage());
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
