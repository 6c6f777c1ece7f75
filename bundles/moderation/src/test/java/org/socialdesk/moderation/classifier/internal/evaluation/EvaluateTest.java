package org.socialdesk.moderation.classifier.internal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation tool's contract: a report, then the measures as the very last line, as JSON. */
class EvaluateTest {

    @Test
    void lastLineIsTheJsonOfTheMeasures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sample.tsv");
        Files.write(file, List.of(
                "clean\tСпасибо за ответ, всё понятно.",
                "clean\tКогда починят фонарь во дворе?",
                "clean\tКлоун выступал на празднике.",
                "toxic\tДа пошли вы нахуй",
                "toxic\tКакой же ты дебил",
                "toxic\tВсё плохо, настроение никакое",
                "spam\tЗаработок без вложений, пиши в лс https://t.me/money_now",
                "sensitive\tГде купить героин",
                "not a labelled line"), StandardCharsets.UTF_8);

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Evaluate.main(new String[] {file.toString()});
        } finally {
            System.setOut(original);
        }

        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        String json = lines[lines.length - 1];
        assertTrue(json.startsWith("{\"toxic\":{\"precision\":") && json.endsWith("}"), json);
        assertEquals(1.0, number(json, "\"toxic\":\\{\"precision\":([0-9.]+)"));
        assertEquals(2.0 / 3, number(json, "\"toxic\":\\{\"precision\":[0-9.]+,\"recall\":([0-9.]+)"), 1e-4);
        assertEquals(1.0, number(json, "\"spam\":\\{\"precision\":([0-9.]+)"));
        assertEquals(1.0, number(json, "\"sensitive\":\\{\"precision\":[0-9.]+,\"recall\":([0-9.]+)"));
        assertEquals(0.0, number(json, "\"clean_flagged\":([0-9.]+)"));
        assertTrue(number(json, "\"per_second\":([0-9.]+)") > 0);
        assertTrue(String.join("\n", lines).contains("Confusion table"));
    }

    private static double number(String json, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(json);
        assertTrue(matcher.find(), regex + " in " + json);
        return Double.parseDouble(matcher.group(1));
    }
}
