package org.dossier.pkg;

/**
 * One problem found in a dossier package: the file it is in (relative to the package), the 1-based
 * line (0 when the problem concerns the file as a whole) and what is wrong, in one line: a line
 * break inside the message (a value quoted from a damaged file may span lines) is shown as
 * {@code \n}, so that every issue stays one line of the {@code validate} command's output.
 */
public record PackageIssue(String file, int line, String message) implements Comparable<PackageIssue> {

    public PackageIssue {
        message = message == null ? null : oneLine(message);
    }

    private static String oneLine(String message) {
        return message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
            .replace("\u2028", "\\n").replace("\u2029", "\\n").replace("\u0085", "\\n");
    }

    /** {@code file:line: message}, the form editors and the {@code validate} command use. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(PackageIssue o) {
        int byFile = Integer.compare(PackageFiles.order(file), PackageFiles.order(o.file));
        if (byFile != 0) {
            return byFile;
        }
        int byName = file.compareTo(o.file);
        return byName != 0 ? byName : Integer.compare(line, o.line);
    }
}
