package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.restore.Restorer;
import org.dossier.store.ImportResult;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dossier import FILE.txt}: restores a raw OCR report and stores it, once. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Restore a raw OCR report and store it (transactional; importing the same text again changes nothing).")
final class ImportCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "FILE.txt", description = "The raw OCR text (UTF-8).")
    Path file;

    @Mixin StoreOption store;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String raw = ReportFiles.report(file);
        Ingest ingest = new Ingest(Restorer.standard()::restore);
        try (Store s = store.open()) {
            ImportResult r = s.importDocument(ingest.report(file.getFileName().toString(), raw));
            spec.commandLine().getOut().printf("%s %s as '%s' (sha256 %s) in %s%n",
                r.created() ? "imported" : "already stored:", file, r.slug(), r.sha256().substring(0, 12),
                s.location().display());
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        }
    }
}
