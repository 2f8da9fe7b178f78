package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Builds the configured picocli command line: one place maps failures to one-line errors. */
final class Cli {
    private Cli() {}

    static CommandLine newCommandLine(Object root) {
        return newCommandLine(root, CommandLine.defaultFactory());
    }

    /** With {@code factory} creating the subcommands (tests give commands their own package loader). */
    static CommandLine newCommandLine(Object root, CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(root, factory);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Cli::onBadUsage);
        cl.setExecutionExceptionHandler(Cli::onFailure);
        return cl;
    }

    private static int onBadUsage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("dossier: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.BAD_USAGE;
    }

    private static int onFailure(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (isDebug(parsed)) {
            ex.printStackTrace(cl.getErr());
        }
        Throwable cause = ex;
        if (cause instanceof UncheckedIOException u) {
            cause = u.getCause();
        }
        if (cause instanceof UserException u) {
            cl.getErr().println("dossier: " + u.getMessage());
            return u.exitCode();
        }
        if (cause instanceof NoSuchFileException nsf) {
            cl.getErr().println("dossier: no such file: " + nsf.getFile());
            return ExitCode.BAD_INPUT;
        }
        if (cause instanceof IOException io) {
            cl.getErr().println("dossier: cannot read or write: " + io.getMessage());
            return ExitCode.BAD_INPUT;
        }
        cl.getErr().println("dossier: internal error: " + ex + " (rerun with --debug for details)");
        return ExitCode.INTERNAL;
    }

    private static boolean isDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
