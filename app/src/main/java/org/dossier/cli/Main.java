package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dossier} command line. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns an archival report into an executable model of the system it describes.",
    subcommands = {
        CommandLine.HelpCommand.class,
        CorpusCommand.class,
        ServeCommand.class,
        ImportCommand.class,
        RestoreCommand.class,
        ValidateCommand.class,
        FactsCommand.class,
        TimelineCommand.class,
        ExportCommand.class,
        InForceCommand.class,
        TermCommand.class,
        CheckCommand.class,
        PaymentCommand.class,
        TensionCommand.class,
        RouteCommand.class,
        PortsCommand.class,
        SearchCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:bad input (unreadable, malformed or invalid data)",
        "2:bad usage (unknown command, option or name)",
        "3:storage or server failure",
        "4:internal error (a bug: rerun with --debug and report it)"
    })
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
        description = "Print stack traces of failures.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI without exiting the JVM; used by tests. */
    public static int execute(String... args) {
        return Cli.newCommandLine(new Main()).execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dossier " + (v == null ? "development build" : v)};
        }
    }
}
