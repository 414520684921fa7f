package org.dyad.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the dyad command in-process and captures its output. */
final class CommandRunner {
    record Result(int exit, String out, String err) {
    }

    private CommandRunner() {
    }

    static Result run(String... args) {
        CommandLine cl = DyadCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
