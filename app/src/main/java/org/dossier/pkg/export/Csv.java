package org.dossier.pkg.export;

import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV: a field is quoted when it holds a comma, quote or line break. */
public final class Csv {
    private Csv() {}

    public static String row(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
