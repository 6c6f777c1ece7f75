package org.socialdesk.moderation.internal;

/** Writes JSON by hand: the snapshot's canonical form must not depend on a library's formatting choices. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json begin() {
        separate();
        out.append('{');
        first = true;
        return this;
    }

    Json end() {
        out.append('}');
        first = false;
        return this;
    }

    Json beginArray(String name) {
        key(name);
        out.append('[');
        first = true;
        return this;
    }

    Json endArray() {
        out.append(']');
        first = false;
        return this;
    }

    Json field(String name, String value) {
        key(name);
        string(value);
        return this;
    }

    Json field(String name, Number value) {
        key(name);
        out.append(value);
        first = false;
        return this;
    }

    Json field(String name, boolean value) {
        key(name);
        out.append(value);
        first = false;
        return this;
    }

    /** An element of the array being written. */
    Json element(String value) {
        separate();
        string(value);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void key(String name) {
        separate();
        string(name);
        out.append(':');
        first = true;
    }

    private void separate() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String value) {
        if (value == null) {
            out.append("null");
            first = false;
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        first = false;
    }
}
