package org.socialdesk.moderation.classifier.internal;

/**
 * The indexes a classifier looks words up in: a base (the shipped lists, compiled once and shared) and, for an
 * organisation, a small layer of its own words and allow-list over it. Term ids do not overlap, so a match
 * is routed to its index by id; an allow-list entry in any layer silences matches from every layer.
 */
final class IndexLayers {

    private final TermIndex[] layers;

    IndexLayers(TermIndex... layers) {
        this.layers = layers.clone();
        for (int i = 1; i < layers.length; i++) {
            if (layers[i].firstId() != layers[i - 1].endId()) {
                throw new IllegalArgumentException("layer " + i + " does not continue the term ids");
            }
        }
    }

    TermIndex[] all() {
        return layers;
    }

    private TermIndex of(int id) {
        for (int i = layers.length - 1; i > 0; i--) {
            if (id >= layers[i].firstId()) {
                return layers[i];
            }
        }
        return layers[0];
    }

    Term term(int id) {
        return of(id).term(id);
    }

    int category(int id) {
        return of(id).category(id);
    }

    double weight(int id) {
        return of(id).weight(id);
    }

    boolean supplementary(int id) {
        return of(id).supplementary(id);
    }

    boolean anchorsPhrase(int id) {
        return of(id).anchorsPhrase(id);
    }

    Phrase[] phrasesWithAnchor(int id) {
        return of(id).phrasesWithAnchor(id);
    }

    boolean isAllowed(char[] buf, int start, int length) {
        for (TermIndex layer : layers) {
            if (layer.isAllowed(buf, start, length)) {
                return true;
            }
        }
        return false;
    }
}
