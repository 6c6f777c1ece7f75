package org.socialdesk.ui.quota;

import java.util.List;
import java.util.Locale;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.ui.Markup;

/**
 * A bar chart of one organisation's accounts against their weekly quota, as inline SVG: one row per account,
 * published and planned publications as stacked bars, the quota as a mark across the row. Drawn here rather
 * than by a chart library because a few rectangles need no library (and Vaadin Charts is commercial).
 */
final class QuotaChart {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 240;
    static final int ROW_HEIGHT = 26;
    static final int BAR_HEIGHT = 16;
    static final int LEGEND_HEIGHT = 28;
    static final String PUBLISHED_COLOUR = "#2e7d32";
    static final String PLANNED_COLOUR = "#a5d6a7";
    static final String REQUIRED_COLOUR = "#c62828";

    private final String title;
    private final String publishedLabel;
    private final String plannedLabel;
    private final String requiredLabel;

    /** @param title the chart's accessible name; the labels name the legend's entries, in the user's language */
    QuotaChart(String title, String publishedLabel, String plannedLabel, String requiredLabel) {
        this.title = title;
        this.publishedLabel = publishedLabel;
        this.plannedLabel = plannedLabel;
        this.requiredLabel = requiredLabel;
    }

    /** The chart as one {@code svg} element; every text in it is escaped. */
    String svg(List<AccountQuota> quotas) {
        int height = LEGEND_HEIGHT + quotas.size() * ROW_HEIGHT;
        double perPublication = (double) (WIDTH - LABEL_WIDTH - 10) / scale(quotas);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-label=\"").append(Markup.escape(title)).append("\">");
        legend(svg);
        int y = LEGEND_HEIGHT;
        for (AccountQuota quota : quotas) {
            row(svg, quota, y, perPublication);
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    /** Publications the widest row needs room for: at least one, so an empty week still draws. */
    static int scale(List<AccountQuota> quotas) {
        return Math.max(1, quotas.stream().mapToInt(quota -> Math.max(quota.required(),
                quota.published() + quota.planned())).max().orElse(1));
    }

    private void legend(StringBuilder svg) {
        int x = LABEL_WIDTH;
        x = legendEntry(svg, x, PUBLISHED_COLOUR, publishedLabel);
        x = legendEntry(svg, x, PLANNED_COLOUR, plannedLabel);
        legendEntry(svg, x, REQUIRED_COLOUR, requiredLabel);
    }

    private static int legendEntry(StringBuilder svg, int x, String colour, String label) {
        svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(colour)
                .append("\"/><text x=\"").append(x + 16).append("\" y=\"16\" font-size=\"12\">")
                .append(Markup.escape(label)).append("</text>");
        return x + 24 + 8 * label.length();
    }

    private static void row(StringBuilder svg, AccountQuota quota, int y, double perPublication) {
        int barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        String name = quota.network() + " — " + quota.accountTitle();
        svg.append("<g class=\"quota-row\"><title>").append(Markup.escape(name)).append(": ").append(quota.published())
                .append(" + ").append(quota.planned()).append(" / ").append(quota.required()).append("</title>");
        svg.append("<text x=\"0\" y=\"").append(barY + 12).append("\" font-size=\"12\">")
                .append(Markup.escape(shortened(name))).append("</text>");
        double publishedWidth = quota.published() * perPublication;
        double plannedWidth = quota.planned() * perPublication;
        bar(svg, "published", LABEL_WIDTH, barY, publishedWidth, PUBLISHED_COLOUR);
        bar(svg, "planned", LABEL_WIDTH + publishedWidth, barY, plannedWidth, PLANNED_COLOUR);
        double requiredX = LABEL_WIDTH + quota.required() * perPublication;
        svg.append("<line class=\"required\" x1=\"").append(number(requiredX)).append("\" x2=\"")
                .append(number(requiredX)).append("\" y1=\"").append(y + 2).append("\" y2=\"")
                .append(y + ROW_HEIGHT - 2).append("\" stroke=\"").append(REQUIRED_COLOUR)
                .append("\" stroke-width=\"2\"/></g>");
    }

    private static void bar(StringBuilder svg, String kind, double x, int y, double width, String colour) {
        svg.append("<rect class=\"").append(kind).append("\" x=\"").append(number(x)).append("\" y=\"").append(y)
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" fill=\"").append(colour).append("\"/>");
    }

    /** The label column is fixed; a long account title ends in an ellipsis and shows whole in the tooltip. */
    private static String shortened(String name) {
        int max = 36;
        return name.length() <= max ? name : name.substring(0, max - 1) + "…";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
