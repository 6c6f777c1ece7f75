package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The copy of VK's schema in the test resources ({@code /vk-api-schema}, see its PROVENANCE.txt), read as standard
 * draft-07: VK's own meta-schema is draft-07 plus documentation keywords, and VK marks a required property
 * draft-03 style with {@code "required": true} on the property, which draft-07 would silently ignore.
 */
final class VkSchemaFiles {

    static final String ROOT = "/vk-api-schema/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VkSchemaFiles() {
    }

    /** A file by its path below the schema root, e.g. {@code wall/methods.json}, as it is. */
    static JsonNode read(String path) {
        try (InputStream in = VkSchemaFiles.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no VK schema file " + path + " in the test resources");
            }
            return JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A file of objects or responses, as standard draft-07 text for the validator. */
    static String readAsDraft07(String path) {
        ObjectNode file = (ObjectNode) read(path);
        file.put("$schema", "http://json-schema.org/draft-07/schema#");
        makeRequiredArrays(file);
        allowCompositionOfClosedParts(file);
        return file.toString();
    }

    /**
     * VK composes {@code groups_group_full} with {@code allOf} from {@code groups_group}, which forbids additional
     * properties; under draft-07 that forbids every member {@code groups_group_full} adds, so that no real answer
     * would pass. A definition used as an {@code allOf} part of its own file is read without that ban.
     */
    private static void allowCompositionOfClosedParts(ObjectNode file) {
        JsonNode definitions = file.path("definitions");
        List<String> parts = new ArrayList<>();
        for (JsonNode allOf : file.findValues("allOf")) {
            allOf.forEach(part -> {
                String ref = part.path("$ref").asText();
                if (ref.contains("#/definitions/")) {
                    parts.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
            });
        }
        parts.stream().map(definitions::get).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                .filter(part -> part.path("additionalProperties").isBoolean())
                .forEach(part -> part.remove("additionalProperties"));
    }

    /** Moves each {@code "required": true} from a property to its object's {@code required} array. */
    private static void makeRequiredArrays(ObjectNode node) {
        JsonNode properties = node.get("properties");
        List<String> required = new ArrayList<>();
        if (properties instanceof ObjectNode) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                if (property.getValue().path("required").asBoolean(false)
                        && property.getValue().path("required").isBoolean()) {
                    required.add(property.getKey());
                }
            }
        }
        if (node.path("required").isBoolean()) {
            node.remove("required");
        }
        if (!required.isEmpty()) {
            ArrayNode names = node.path("required").isArray() ? (ArrayNode) node.get("required")
                    : node.putArray("required");
            required.forEach(names::add);
        }
        for (JsonNode child : node) {
            if (child instanceof ObjectNode object) {
                makeRequiredArrays(object);
            } else if (child instanceof ArrayNode array) {
                array.forEach(element -> {
                    if (element instanceof ObjectNode object) {
                        makeRequiredArrays(object);
                    }
                });
            }
        }
    }
}
