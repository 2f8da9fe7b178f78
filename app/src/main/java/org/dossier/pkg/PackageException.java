package org.dossier.pkg;

import java.util.List;

/** A package that could not be loaded, with every problem found in it (never only the first). */
public final class PackageException extends RuntimeException {
    private final List<PackageIssue> issues;

    public PackageException(List<PackageIssue> issues) {
        super(summary(issues));
        this.issues = List.copyOf(issues);
    }

    private static String summary(List<PackageIssue> issues) {
        if (issues.isEmpty()) {
            return "invalid package";
        }
        String first = issues.get(0).toString();
        return issues.size() == 1 ? first : first + " (and " + (issues.size() - 1) + " more problems)";
    }

    public List<PackageIssue> issues() {
        return issues;
    }
}
