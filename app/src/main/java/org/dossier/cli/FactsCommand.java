package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.export.Csv;
import org.dossier.pkg.views.FactItem;
import org.dossier.pkg.views.FactKind;
import org.dossier.pkg.views.Facts;
import org.dossier.store.DocumentFact;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.ViewQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier facts}: lists the items of a package with their page and anchor, or their source. */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = {"Lists the package's items, each with its page and anchor in the report, or its source.",
        "With --stored, the items of every package in the store, each naming its document."})
final class FactsCommand implements Callable<Integer> {
    enum Format { TABLE, JSON, CSV }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Option(names = "--kind", paramLabel = "KIND",
        description = "Only items of this kind: ${COMPLETION-CANDIDATES}.")
    FactKind kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin StoredViews views;

    FactsCommand() {
        this(Packages.Loader.STANDARD);
    }

    FactsCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        views.check(pkg);
        PrintWriter out = spec.commandLine().getOut();
        if (views.stored) {
            stored(out);
        } else {
            Dossier d = Packages.open(loader, pkg.dir);
            String about = views.aboutId(List.of(d.pkg()));
            List<FactItem> items = Facts.of(d, Optional.ofNullable(kind), about);
            switch (format) {
                case JSON -> out.println(JsonOutput.write(Facts.document(d, Optional.ofNullable(kind), about)));
                case CSV -> csv(out, items.stream().map(i -> new DocumentFact(null, i)).toList(), false);
                default -> table(out, items.stream().map(i -> new DocumentFact(null, i)).toList(), false);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Every stored package's facts, document by document, each naming its document. */
    private void stored(PrintWriter out) {
        try (Store s = views.store.open()) {
            ViewQuery query = new ViewQuery(null, null, null, views.aboutId(s.listPackages()), kind);
            switch (format) {
                case JSON -> out.println(JsonOutput.write(s.factsDocument(query)));
                case CSV -> csv(out, s.facts(query), true);
                default -> table(out, s.facts(query), true);
            }
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        }
    }

    private static void table(PrintWriter out, List<DocumentFact> facts, boolean documents) {
        List<String> header = new ArrayList<>(List.of("KIND", "ID", "NAME", "DATE", "PAGE", "ANCHOR OR SOURCE"));
        if (documents) {
            header.add(0, "DOCUMENT");
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (DocumentFact f : facts) {
            FactItem i = f.item();
            List<Object> row = new ArrayList<>(Arrays.asList(i.kind().label(), i.id(), i.name(), i.date(), i.page(),
                i.anchor() != null ? "\"" + i.anchor().exact() + "\"" : i.source()));
            if (documents) {
                row.add(0, f.document().slug());
            }
            t.row(row.toArray());
        }
        t.print(out);
    }

    private static void csv(PrintWriter out, List<DocumentFact> facts, boolean documents) {
        List<String> header = new ArrayList<>(List.of("kind", "id", "name", "date", "page", "exact", "prefix", "suffix", "source"));
        if (documents) {
            header.addAll(0, List.of("document", "package"));
        }
        out.print(Csv.row(header));
        for (DocumentFact f : facts) {
            FactItem i = f.item();
            List<String> row = new ArrayList<>(Arrays.asList(i.kind().label(), i.id(), i.name(), i.date(),
                i.page() == null ? null : i.page().toString(),
                i.anchor() == null ? null : i.anchor().exact(), i.anchor() == null ? null : i.anchor().prefix(),
                i.anchor() == null ? null : i.anchor().suffix(), i.source()));
            if (documents) {
                row.addAll(0, Arrays.asList(f.document().slug(), f.document().packageId()));
            }
            out.print(Csv.row(row));
        }
    }
}
