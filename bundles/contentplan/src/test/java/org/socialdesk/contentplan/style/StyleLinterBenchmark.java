package org.socialdesk.contentplan.style;

/**
 * Time of one check of a 4,000-character post, the size the editor lints on every keystroke. Run by hand
 * ({@code java -cp target/classes:target/test-classes org.socialdesk.contentplan.style.StyleLinterBenchmark});
 * timings are reported in the issue, not asserted in tests.
 */
public final class StyleLinterBenchmark {

    private StyleLinterBenchmark() {
    }

    public static void main(String[] args) {
        String sample = "В целях повышения уровня качества обслуживания населения осуществляется проведение "
                + "мероприятий. Мы починили дорогу к школе — теперь автобус ходит без опозданий.\n\n";
        String post = sample.repeat(4000 / sample.length() + 1).substring(0, 4000);
        StyleLinter linter = new StyleLinter();
        for (int i = 0; i < 2_000; i++) {
            linter.check(Draft.of(post));
        }
        int runs = 5_000;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            linter.check(Draft.of(post));
        }
        System.out.printf("style linter: %.3f ms per 4,000-character check%n",
                (System.nanoTime() - started) / 1e6 / runs);
    }
}
