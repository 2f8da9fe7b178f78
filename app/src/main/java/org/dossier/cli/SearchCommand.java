package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.store.SearchHit;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search WORDS}: full-text search across every stored document, each hit naming its document. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over the stored documents' text, footnotes and facts; each hit names its document.")
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "Words to find (all of them).")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin StoreOption store;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw UserException.badUsage("--limit must be between 1 and 1000");
        }
        try (Store s = store.open()) {
            List<SearchHit> hits = s.search(String.join(" ", words), limit);
            PrintWriter out = spec.commandLine().getOut();
            for (SearchHit h : hits) {
                out.printf("%s\t%s %s%s\t%s%n", h.document(), h.kind(), h.ref(),
                    h.page() == null ? "" : " p. " + h.page(), h.plainSnippet());
            }
            if (hits.isEmpty()) {
                out.println("no hits");
            }
            return ExitCode.OK;
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        }
    }
}
