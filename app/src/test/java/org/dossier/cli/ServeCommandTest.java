package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void listensOnLoopbackWithImportsOffUnlessTold() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals("127.0.0.1", serve.host);
        assertEquals(7070, serve.port);
        assertFalse(serve.allowImport);
    }

    @Test
    void anUnsupportedDatabaseAddressIsABadUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine(new Main());
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("import", "--db", "jdbc:mysql://h/db", "pom.xml");
        assertEquals(ExitCode.BAD_USAGE, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
