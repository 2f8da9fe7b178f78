package org.dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.TestEditions;
import picocli.CommandLine;

/**
 * Runs the CLI in-process with captured output. Commands load package folders with editions built
 * by {@link TestEditions}, so that fixture packages need no real restoration.
 */
record CommandRun(int exit, String out, String err) {
    static CommandRun run(String... args) {
        Packages.Loader fixtures = dir -> dir == null ? Dossier.loadBundled() : Dossier.load(dir, TestEditions::of);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.cast(cls.getDeclaredConstructor(Packages.Loader.class).newInstance(fixtures));
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine(new Main(), factory);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
