package org.socialdesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nothing scans the bundle for views, so a view missing from {@link UiRoutes} would silently be a 404. */
class UiRoutesTest {

    @Test
    void everyRouteIsRegistered() throws IOException {
        assertEquals(classesWhoseSource(text -> text.contains("@Route(")), names(UiRoutes.VIEWS));
    }

    @Test
    void everyErrorViewIsRegistered() throws IOException {
        assertEquals(classesWhoseSource(text -> text.contains("implements HasErrorParameter")),
                names(UiRoutes.ERROR_VIEWS));
    }

    private static Set<String> names(Set<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> classesWhoseSource(Predicate<String> condition) throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> condition.test(read(file)))
                    .map(file -> sources.relativize(file).toString().replace(".java", "").replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
