package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.store.Store;
import org.dossier.web.Library;
import org.dossier.web.WebOptions;
import org.dossier.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier serve}: the web application on the bundled flagship report, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the bundled report (and every stored one) in a browser: reader, map, timeline, "
        + "agreements, ask, search, and the JSON API under /api.")
final class ServeCommand implements Runnable {
    /** How long the packages wait for a first request before loading anyway. */
    private static final long FIRST_ANSWER_WAIT_MS = 3000;

    @Mixin StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (0: any free port; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = WebOptions.LOOPBACK,
        description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--allow-import", description = "Allow importing reports through the web (POST /api/import).")
    boolean allowImport;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw UserException.badUsage("--port must be 0 to 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        store.location(); // a malformed --db is a usage error before anything starts
        // Opening the store (and migrating a new one) and starting the web stack take about as long
        // each: the server listens at once, and only the requests that read the store wait for it.
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(store::open, ServeCommand::daemon);
        Library library = new Library(opening, Flagship.ID, Flagship.ingest());
        WebServer server;
        try {
            server = WebServer.start(new WebOptions(host, port, allowImport), library);
        } catch (RuntimeException e) {
            opening.thenAccept(Store::close);
            if (isBindFailure(e)) {
                throw new UserException(ExitCode.STORAGE, "cannot listen on " + host + ":" + port
                    + " (in use or not an address of this machine); choose another with --port or --host", e);
            }
            throw e;
        }
        Store s;
        try {
            s = opening.join();
        } catch (CompletionException e) {
            server.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        out.println("database: " + s.location().display());
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Dossier is serving at http://" + shown + ":" + server.port() + "/  (Ctrl-C to stop)");
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        // The packages load after the first request is answered (any answer, a model page's "still
        // loading" included; after a few seconds when nobody asks): the first page reads only the
        // store, and loading them takes a core for a second or more.
        server.firstAnswered().completeOnTimeout(null, FIRST_ANSWER_WAIT_MS, TimeUnit.MILLISECONDS)
            .thenRunAsync(() -> loadFlagship(s, library, err), ServeCommand::daemon);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The model pages answer "loading" until the flagship is done; the rest of the site answers at
     * once. The other bundled packages follow, so that the timeline and facts across documents
     * hold them all.
     */
    private static void loadFlagship(Store s, Library library, PrintWriter err) {
        try {
            Flagship.load(s, library, err);
        } catch (RuntimeException e) {
            library.unavailable(Flagship.ID, "loading failed: " + e.getMessage());
            err.println("dossier: cannot load the bundled report: " + e.getMessage());
            err.flush();
        }
        try {
            PackageImport.serveBundled(s, library, err);
        } catch (RuntimeException e) {
            err.println("dossier: cannot load the other bundled packages: " + e.getMessage());
            err.flush();
        }
    }

    /** Runs start-up work on its own thread, which never keeps the JVM alive. */
    private static void daemon(Runnable work) {
        Thread t = new Thread(work, "serve-startup");
        t.setDaemon(true);
        t.start();
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
