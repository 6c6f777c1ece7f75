package org.socialdesk.ui.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class QuotaChartTest {

    private static final IsoWeek WEEK = new IsoWeek(2026, 48);
    private static final QuotaChart CHART = new QuotaChart("Минздрав <за неделю>", "Опубликовано",
            "Запланировано", "Норма");

    @Test
    void barsAreProportionalAndTheQuotaIsMarkedOnEachRow() throws Exception {
        List<AccountQuota> quotas = List.of(
                new AccountQuota(1, 7, "Минздрав", "vk", WEEK, 10, 4, 6, QuotaStatus.ON_TRACK),
                new AccountQuota(2, 7, "Минздрав", "telegram", WEEK, 5, 1, 0, QuotaStatus.AT_RISK));

        Document svg = parse(CHART.svg(quotas));

        double unit = (double) (QuotaChart.WIDTH - QuotaChart.LABEL_WIDTH - 10) / 10;
        NodeList published = rects(svg, "published");
        NodeList planned = rects(svg, "planned");
        assertEquals(2, published.getLength());
        assertEquals(4 * unit, width(published.item(0)), 0.1);
        assertEquals(6 * unit, width(planned.item(0)), 0.1);
        assertEquals(QuotaChart.LABEL_WIDTH + 4 * unit, Double.parseDouble(
                ((Element) planned.item(0)).getAttribute("x")), 0.1);
        assertEquals(1 * unit, width(published.item(1)), 0.1);
        NodeList lines = svg.getElementsByTagName("line");
        assertEquals(QuotaChart.LABEL_WIDTH + 5 * unit,
                Double.parseDouble(((Element) lines.item(1)).getAttribute("x1")), 0.1);
        assertEquals(QuotaChart.LEGEND_HEIGHT + 2 * QuotaChart.ROW_HEIGHT,
                Integer.parseInt(svg.getDocumentElement().getAttribute("height")));
    }

    @Test
    void titlesAreEscapedSoTheSvgStaysWellFormed() throws Exception {
        String svg = CHART.svg(List.of(new AccountQuota(1, 7, "<script>alert(1)</script> & \"Ко\"", "vk", WEEK,
                5, 5, 0, QuotaStatus.MET)));

        assertFalse(svg.contains("<script"));
        Document document = parse(svg);
        assertEquals("Минздрав <за неделю>", document.getDocumentElement().getAttribute("aria-label"));
        assertEquals("vk — <script>alert(1)</script> & \"Ко\": 5 + 0 / 5",
                document.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void anEmptyWeekStillDrawsTheLegend() throws Exception {
        Document svg = parse(CHART.svg(List.of()));
        assertEquals(0, rects(svg, "published").getLength());
        assertEquals(3, svg.getElementsByTagName("rect").getLength());
        assertEquals(1, QuotaChart.scale(List.of()));
    }

    private static NodeList rects(Document svg, String kind) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='rect'][@class='" + kind + "']", svg, XPathConstants.NODESET);
    }

    private static double width(Node rect) {
        return Double.parseDouble(((Element) rect).getAttribute("width"));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
