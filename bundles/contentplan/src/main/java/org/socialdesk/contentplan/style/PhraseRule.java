package org.socialdesk.contentplan.style;

/** One line of a rule file: a phrase the editor should rephrase, why, and how. */
record PhraseRule(String id, Severity severity, Phrase phrase, String explanation, String suggestion) {

    StyleFinding at(int start, int end) {
        return new StyleFinding(id, severity, start, end, explanation, suggestion);
    }
}
