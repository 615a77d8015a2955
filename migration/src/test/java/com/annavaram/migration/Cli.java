package com.annavaram.migration;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process, as the jar would, and keeps what it printed. */
final class Cli {

    private Cli() {
    }

    /** The exit code and output of one command. */
    record Result(int code, String out, String err) {

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MigrationCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code command --uri <uri> --no-progress} followed by {@code extra}. */
    static Result on(String uri, String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--uri", uri));
        if (!command.equals("status") && !command.equals("rollback")) {
            args.add("--no-progress");
        }
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }
}
