package org.dossier.pkg;

/**
 * One problem found in a dossier package: the file it is in (relative to the package), the 1-based
 * line (0 when the problem concerns the file as a whole) and what is wrong, in one line.
 */
public record PackageIssue(String file, int line, String message) implements Comparable<PackageIssue> {

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
