package org.socialdesk.moderation.classifier.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of word beginnings and roots, each node may carry int payloads. Built with maps, then frozen into flat
 * arrays (each node's children side by side, sorted) because the matcher walks it for nearly every word and
 * a walk should touch as few cache lines as possible.
 */
final class CharTrie {

    static final int ROOT = 0;
    static final int NONE = -1;
    private static final int LINEAR_SCAN = 8;

    private final List<Map<Character, Integer>> building = new ArrayList<>();
    private int[][] payloads = new int[16][];

    private int[] childStart;
    private char[] childChars;
    private int[] childNodes;
    /** The root's children for Cyrillic and ASCII letters by index: most walks end at the root. */
    private final int[] rootCyrillic = new int[0x60];
    private final int[] rootAscii = new int[0x80];

    CharTrie() {
        building.add(new HashMap<>());
    }

    /** Adds {@code word} and attaches {@code payload} to the node where it ends. */
    void add(String word, int payload) {
        if (childStart != null) {
            throw new IllegalStateException("the trie is frozen");
        }
        int node = ROOT;
        for (int i = 0; i < word.length(); i++) {
            Integer next = building.get(node).get(word.charAt(i));
            if (next == null) {
                next = building.size();
                building.add(new HashMap<>());
                building.get(node).put(word.charAt(i), next);
            }
            node = next;
        }
        if (node >= payloads.length) {
            payloads = Arrays.copyOf(payloads, Math.max(node + 1, payloads.length * 2));
        }
        int[] old = payloads[node];
        int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = payload;
        payloads[node] = grown;
    }

    /** Ends building: lays the children out flat for reading. */
    void freeze() {
        int nodes = building.size();
        childStart = new int[nodes + 1];
        int edges = 0;
        for (Map<Character, Integer> children : building) {
            edges += children.size();
        }
        childChars = new char[edges];
        childNodes = new int[edges];
        int at = 0;
        for (int node = 0; node < nodes; node++) {
            childStart[node] = at;
            Map<Character, Integer> children = building.get(node);
            Character[] chars = children.keySet().toArray(new Character[0]);
            Arrays.sort(chars);
            for (Character c : chars) {
                childChars[at] = c;
                childNodes[at] = children.get(c);
                at++;
            }
        }
        childStart[nodes] = at;
        Arrays.fill(rootCyrillic, NONE);
        Arrays.fill(rootAscii, NONE);
        for (int i = childStart[ROOT]; i < childStart[ROOT + 1]; i++) {
            char c = childChars[i];
            if (c >= 0x400 && c < 0x460) {
                rootCyrillic[c - 0x400] = childNodes[i];
            } else if (c < 0x80) {
                rootAscii[c] = childNodes[i];
            }
        }
        payloads = Arrays.copyOf(payloads, nodes);
        building.clear();
    }

    int child(int node, char c) {
        if (node == ROOT) {
            if (c >= 0x400 && c < 0x460) {
                return rootCyrillic[c - 0x400];
            }
            if (c < 0x80) {
                return rootAscii[c];
            }
        }
        int low = childStart[node];
        int high = childStart[node + 1] - 1;
        // binary search narrows a crowded node (the letters after "п"), a short scan finishes it
        while (high - low > LINEAR_SCAN) {
            int mid = (low + high) >>> 1;
            if (childChars[mid] < c) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i <= high; i++) {
            if (childChars[i] == c) {
                return childNodes[i];
            }
        }
        return NONE;
    }

    /** What was attached at {@code node}, or {@code null}. */
    int[] payload(int node) {
        return payloads[node];
    }
}
