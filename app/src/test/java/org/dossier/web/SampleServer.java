package org.dossier.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** Serves the web tests' sample store until stopped: {@code java … org.dossier.web.SampleServer [PORT]}. */
public final class SampleServer {
    private SampleServer() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dossier-sample");
        try (WebFixture web = new WebFixture(org.dossier.store.Store.open(
                org.dossier.store.StoreLocation.sqliteFile(dir.resolve("web.db"))), false,
                args.length > 0 ? Integer.parseInt(args[0]) : 0)) {
            System.out.println(web.base());
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
