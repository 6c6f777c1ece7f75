package org.socialdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A typo in a message key would show "!key!" to users; this finds it at build time instead. */
class KeysUsedInCodeTest {

    /** String literals shaped like message keys: lower-case words joined by dots, such as "nav.registry". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z][a-z0-9-]*)+)\"");

    @Test
    void everyKeyInTheSourcesExists() throws IOException {
        Set<String> known = SocialDeskI18NProvider.bundle(SocialDeskI18NProvider.RUSSIAN).keySet();
        Set<String> used = keysIn(Path.of("src/main/java"));
        assertFalse(used.isEmpty(), "the scan found no keys: wrong working directory?");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(known);
        assertEquals(Set.of(), missing);
    }

    private static Set<String> keysIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                try {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return keys;
    }
}
