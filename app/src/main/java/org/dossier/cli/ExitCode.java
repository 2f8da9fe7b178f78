package org.dossier.cli;

/** The documented exit codes of every command. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int BAD_USAGE = 2;
    public static final int STORAGE = 3;
    public static final int INTERNAL = 4;

    private ExitCode() {}
}
