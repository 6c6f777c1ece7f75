package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.List;

/** Sentences and paragraphs too long for a phone screen, and posts longer than a network accepts. */
final class TextLength {

    static final String SENTENCE_ID = "long-sentence";
    static final String PARAGRAPH_ID = "long-paragraph";
    static final String NETWORK_ID = "network-limit";

    private TextLength() {
    }

    static List<StyleFinding> tooLong(TextLayout layout, TextLimits limits) {
        List<StyleFinding> findings = new ArrayList<>();
        for (TextLayout.Paragraph paragraph : layout.paragraphs()) {
            int chars = paragraph.end() - paragraph.start();
            if (paragraph.sentences().size() > limits.maxParagraphSentences() || chars > limits.maxParagraphChars()) {
                findings.add(new StyleFinding(PARAGRAPH_ID, Severity.ADVICE, paragraph.start(), paragraph.end(),
                        "Длинный абзац: " + paragraph.sentences().size() + " предл., " + chars + " знаков. С телефона такой читают через строчку.",
                        "разбейте на абзацы по " + limits.maxParagraphSentences() + " предложений или " + limits.maxParagraphChars() + " знаков"));
            }
            for (TextLayout.Sentence sentence : paragraph.sentences()) {
                int words = sentence.words().size();
                if (words > limits.maxSentenceWords()) {
                    findings.add(new StyleFinding(SENTENCE_ID, Severity.ADVICE, sentence.start(), sentence.end(),
                            "Длинное предложение: " + words + " слов (советуем не больше " + limits.maxSentenceWords() + ").",
                            "разделите на два-три предложения"));
                }
            }
        }
        return findings;
    }

    /** The highlight starts at the first char the network would cut off, so the editor sees what is lost. */
    static List<StyleFinding> overNetworkLimits(String text, List<Draft.NetworkLimit> networks) {
        List<StyleFinding> findings = new ArrayList<>();
        for (Draft.NetworkLimit network : networks) {
            if (text.length() > network.maxLength()) {
                findings.add(new StyleFinding(NETWORK_ID, Severity.WARNING, network.maxLength(), text.length(),
                        network.network() + ": текст длиннее " + network.maxLength() + " знаков на " + (text.length() - network.maxLength()) + ".",
                        "сократите текст или вынесите подробности в карточки или комментарий"));
            }
        }
        return findings;
    }
}
