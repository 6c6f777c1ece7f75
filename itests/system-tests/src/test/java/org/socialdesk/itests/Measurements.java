package org.socialdesk.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Figures measured by the system tests, printed and kept in target/measurements.txt for the release notes. */
final class Measurements {

    private static final Path FILE = Path.of("target", "measurements.txt");

    private Measurements() {
    }

    static void record(String what, String value) {
        String line = what + ": " + value;
        System.out.println("MEASURED " + line);
        try {
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
