package org.socialdesk.contentplan.style;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated rule files an editor-in-chief can maintain in any spreadsheet.
 * Blank lines and lines starting with {@code #} are comments. A broken line fails with its file and
 * line number, because a rule silently ignored is worse than a linter that does not start.
 */
final class RuleFile {

    /** A line of a {@code cliches.tsv}-style file; {@code rule} is null when the line switches the id OFF. */
    record RuleLine(String id, PhraseRule rule) {
        boolean off() {
            return rule == null;
        }
    }

    private RuleFile() {
    }

    static Reader bundled(String name) {
        InputStream in = RuleFile.class.getResourceAsStream("/style/ru/" + name);
        if (in == null) {
            throw new IllegalStateException("rule file missing from the bundle: style/ru/" + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Columns: id, ADVICE|WARNING|OFF, phrase, explanation, suggestion (phrase and the rest may be absent for OFF). */
    static List<RuleLine> rules(String source, Reader reader) {
        List<RuleLine> lines = new ArrayList<>();
        for (Row row : rows(source, reader)) {
            String id = row.column(0);
            String level = row.column(1);
            if (level.equals("OFF")) {
                lines.add(new RuleLine(id, null));
                continue;
            }
            Severity severity;
            try {
                severity = Severity.valueOf(level);
            } catch (IllegalArgumentException e) {
                throw row.error("severity must be ADVICE, WARNING or OFF, not '" + level + "'");
            }
            PhraseRule rule = new PhraseRule(id, severity, row.phrase(2), row.column(3), row.optionalColumn(4));
            lines.add(new RuleLine(id, rule));
        }
        return lines;
    }

    /** Columns: phrase, reason (the reason is for people reading the file). */
    static List<Phrase> phrases(String source, Reader reader) {
        return rows(source, reader).stream().map(row -> row.phrase(0)).toList();
    }

    private record Row(String source, int number, String[] columns) {

        String column(int i) {
            if (i >= columns.length || columns[i].isBlank()) {
                throw error("column " + (i + 1) + " is empty");
            }
            return columns[i].strip();
        }

        String optionalColumn(int i) {
            return i < columns.length ? columns[i].strip() : "";
        }

        Phrase phrase(int i) {
            try {
                return Phrase.parse(column(i));
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(source + ":" + number + ": " + problem);
        }
    }

    private static List<Row> rows(String source, Reader reader) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(source, number, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }
}
