package org.dossier.web;

/** The chrome around every page: head, navigation, and the page's own script. */
final class Layout {
    private static final String[][] NAV = {
        {"/", "Home"}, {"/reader", "Reader"}, {"/map", "Map"}, {"/timeline", "Timeline"},
        {"/agreements", "Agreements"}, {"/ask", "Ask"}, {"/search", "Search"},
    };

    private Layout() {}

    /** A whole page; {@code current} is the navigation entry to mark, {@code script} a static file or null. */
    static String page(String title, String current, Html body, String script) {
        Html h = new Html();
        h.open("!DOCTYPE html").open("html", "lang", "en").open("head")
            .empty("meta", "charset", "utf-8")
            .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
            .el("title", title + " · Dossier")
            .empty("link", "rel", "stylesheet", "href", "/static/dossier.css")
            .open("script", "src", "/static/dossier.js", "defer", "defer").close("script");
        if (script != null) {
            h.open("script", "src", "/static/" + script, "defer", "defer").close("script");
        }
        h.close("head").open("body").open("header").open("nav", "aria-label", "main");
        h.el("span", "Dossier", "class", "brand");
        for (String[] item : NAV) {
            h.el("a", item[1], "href", item[0], "class", item[1].equals(current) ? "current" : null);
        }
        h.close("nav").close("header").open("main", "id", "main").append(body).close("main")
            .open("footer").text("Dossier — served from your own machine; no page loads anything from the internet.")
            .close("footer").close("body").close("html");
        return h.toString();
    }
}
