package org.dossier.web;

/**
 * How the server listens: {@code host} (loopback unless told otherwise), {@code port} (0: any free
 * port), and whether reports may be imported through the web.
 */
public record WebOptions(String host, int port, boolean allowImport) {
    public static final String LOOPBACK = "127.0.0.1";

    public static WebOptions loopback(int port) {
        return new WebOptions(LOOPBACK, port, false);
    }
}
