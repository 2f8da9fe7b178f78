package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.export.Csv;
import org.dossier.pkg.views.FactItem;
import org.dossier.pkg.views.FactKind;
import org.dossier.pkg.views.Facts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier facts}: lists the items of a package with their page and anchor, or their source. */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = "Lists the package's items, each with its page and anchor in the report, or its source.")
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

    FactsCommand() {
        this(Packages.Loader.STANDARD);
    }

    FactsCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Dossier d = Packages.open(loader, pkg.dir);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(JsonOutput.write(Facts.document(d, Optional.ofNullable(kind))));
            case CSV -> csv(out, Facts.of(d, Optional.ofNullable(kind)));
            default -> table(out, Facts.of(d, Optional.ofNullable(kind)));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void table(PrintWriter out, List<FactItem> items) {
        TextTable t = new TextTable("KIND", "ID", "NAME", "DATE", "PAGE", "ANCHOR OR SOURCE");
        for (FactItem i : items) {
            t.row(i.kind().label(), i.id(), i.name(), i.date(), i.page(),
                i.anchor() != null ? "\"" + i.anchor().exact() + "\"" : i.source());
        }
        t.print(out);
    }

    private static void csv(PrintWriter out, List<FactItem> items) {
        out.print(Csv.row(List.of("kind", "id", "name", "date", "page", "exact", "prefix", "suffix", "source")));
        for (FactItem i : items) {
            out.print(Csv.row(Arrays.asList(i.kind().label(), i.id(), i.name(), i.date(),
                i.page() == null ? null : i.page().toString(),
                i.anchor() == null ? null : i.anchor().exact(), i.anchor() == null ? null : i.anchor().prefix(),
                i.anchor() == null ? null : i.anchor().suffix(), i.source())));
        }
    }
}
