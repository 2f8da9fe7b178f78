package org.dossier.pkg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes a package uses, with their Goldstein weights: a CSV with the header
 * {@code code,root,level,name,goldstein} (fields may be double-quoted). Codes are strings: "0311"
 * keeps its leading zero.
 */
public final class CameoTable {
    private static final List<String> HEADER = List.of("code", "root", "level", "name", "goldstein");

    private final Map<String, CameoCode> byCode;

    private CameoTable(Map<String, CameoCode> byCode) {
        this.byCode = byCode;
    }

    /** An empty table, for a package that codes no events. */
    public static CameoTable empty() {
        return new CameoTable(Map.of());
    }

    /** Reads the table, adding a {@link PackageIssue} for each malformed row. */
    static CameoTable read(String file, byte[] bytes, List<PackageIssue> issues) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
        if (lines.length == 0 || !Csv.parseLine(lines[0]).equals(HEADER)) {
            issues.add(new PackageIssue(file, 1, "expected the header " + String.join(",", HEADER)));
            return new CameoTable(codes);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> f = Csv.parseLine(lines[i]);
            try {
                if (f.size() != HEADER.size() || !f.get(0).matches("\\d{2,4}")) {
                    throw new NumberFormatException();
                }
                CameoCode c = new CameoCode(f.get(0), f.get(1), f.get(3), Double.parseDouble(f.get(4)));
                if (codes.putIfAbsent(c.code(), c) != null) {
                    issues.add(new PackageIssue(file, i + 1, "duplicate CAMEO code '" + c.code() + "'"));
                }
            } catch (NumberFormatException e) {
                issues.add(new PackageIssue(file, i + 1, "malformed row: expected code,root,level,name,goldstein "
                    + "with a 2–4 digit code and a numeric weight"));
            }
        }
        return new CameoTable(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Collection<CameoCode> codes() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /** Splits one CSV line (RFC 4180 quoting, no embedded newlines). */
    static final class Csv {
        private Csv() {}

        static List<String> parseLine(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
