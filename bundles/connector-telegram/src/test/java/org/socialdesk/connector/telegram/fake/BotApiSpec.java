package org.socialdesk.connector.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Bot API as api.json (test resources, MIT, see PROVENANCE.txt) declares it: which methods exist, their
 * parameters and types, and the fields of every type. Checks requests the fake receives and results it sends.
 */
final class BotApiSpec {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final BotApiSpec INSTANCE = load();

    private final JsonNode methods;
    private final JsonNode types;

    private BotApiSpec(JsonNode spec) {
        this.methods = spec.get("methods");
        this.types = spec.get("types");
    }

    private static BotApiSpec load() {
        try (InputStream in = BotApiSpec.class.getResourceAsStream("/telegram-bot-api-spec/api.json")) {
            return new BotApiSpec(JSON.readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    boolean exists(String method) {
        return methods.has(method);
    }

    /**
     * What is wrong with a call: required parameters missing, undeclared ones sent, values of the wrong type.
     *
     * @param files names of the multipart parts that carried files
     */
    List<String> requestProblems(String method, Map<String, JsonNode> params, Set<String> files) {
        List<String> problems = new ArrayList<>();
        JsonNode declared = methods.path(method).path("fields");
        Set<String> known = new HashSet<>();
        for (JsonNode field : declared) {
            String name = field.get("name").asText();
            known.add(name);
            JsonNode value = params.get(name);
            if (value == null && !files.contains(name)) {
                if (field.get("required").asBoolean()) {
                    problems.add(method + ": required parameter " + name + " is missing");
                }
                continue;
            }
            if (files.contains(name)) {
                if (!typeNames(field).contains("InputFile")) {
                    problems.add(method + ": " + name + " is a file, declared " + typeNames(field));
                }
                continue;
            }
            if (!anyTypeFits(typeNames(field), value, method + "." + name, problems)) {
                problems.add(method + ": " + name + "=" + value + " is none of " + typeNames(field));
            }
        }
        params.keySet().stream().filter(name -> !known.contains(name))
                .forEach(name -> problems.add(method + ": undeclared parameter " + name));
        String sent = params.values().toString();
        files.stream().filter(name -> !known.contains(name) && !sent.contains("attach://" + name))
                .forEach(name -> problems.add(method + ": attached file " + name + " is neither a parameter nor "
                        + "referred to as attach://" + name));
        return problems;
    }

    /** A multipart text field as the value its declared type makes of it (numbers, booleans, JSON objects). */
    JsonNode fromFormText(String method, String name, String text) {
        for (JsonNode field : methods.path(method).path("fields")) {
            if (!field.get("name").asText().equals(name)) {
                continue;
            }
            List<String> declared = typeNames(field);
            if (declared.contains("Integer") && text.matches("-?\\d+")) {
                return JSON.getNodeFactory().numberNode(Long.parseLong(text));
            }
            if (declared.contains("Boolean") && text.matches("true|false")) {
                return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
            }
            if (!declared.contains("String") && (text.startsWith("[") || text.startsWith("{"))) {
                try {
                    return JSON.readTree(text);
                } catch (IOException notJson) {
                    return JSON.getNodeFactory().textNode(text);
                }
            }
        }
        return JSON.getNodeFactory().textNode(text);
    }

    /** What is wrong with a result the fake is about to send for the method. */
    List<String> resultProblems(String method, JsonNode result) {
        List<String> problems = new ArrayList<>();
        List<String> returns = new ArrayList<>();
        methods.get(method).get("returns").forEach(type -> returns.add(type.asText()));
        if (!anyTypeFits(returns, result, method + " result", problems)) {
            problems.add(method + " result " + result + " is none of " + returns);
        }
        return problems;
    }

    private static List<String> typeNames(JsonNode field) {
        List<String> names = new ArrayList<>();
        field.get("types").forEach(type -> names.add(type.asText()));
        return names;
    }

    /** Whether one of the types fits; the problems of the best-fitting object type are added when none does. */
    private boolean anyTypeFits(List<String> candidates, JsonNode value, String where, List<String> problems) {
        List<String> closest = null;
        for (String type : candidates) {
            List<String> found = new ArrayList<>();
            if (fits(type, value, where, found)) {
                return true;
            }
            if (!found.isEmpty() && (closest == null || found.size() < closest.size())) {
                closest = found;
            }
        }
        if (closest != null) {
            problems.addAll(closest);
        }
        return false;
    }

    private boolean fits(String type, JsonNode value, String where, List<String> problems) {
        if (type.startsWith("Array of ")) {
            if (!value.isArray()) {
                return false;
            }
            String element = type.substring("Array of ".length());
            int i = 0;
            for (JsonNode item : value) {
                if (!anyTypeFits(List.of(element), item, where + "[" + i++ + "]", problems)) {
                    return false;
                }
            }
            return true;
        }
        return switch (type) {
            case "Integer" -> value.isIntegralNumber();
            case "Float" -> value.isNumber();
            case "String" -> value.isTextual();
            case "Boolean" -> value.isBoolean();
            case "InputFile" -> false;
            default -> fitsObject(type, value, where, problems);
        };
    }

    private boolean fitsObject(String typeName, JsonNode value, String where, List<String> problems) {
        JsonNode type = types.get(typeName);
        if (type == null) {
            problems.add(where + ": the spec has no type " + typeName);
            return false;
        }
        if (!value.isObject()) {
            return false;
        }
        if (type.has("subtypes")) {
            List<String> subtypes = new ArrayList<>();
            type.get("subtypes").forEach(subtype -> subtypes.add(subtype.asText()));
            return anyTypeFits(subtypes, value, where, problems);
        }
        List<String> found = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (JsonNode field : type.path("fields")) {
            String name = field.get("name").asText();
            known.add(name);
            JsonNode member = value.get(name);
            if (member == null) {
                if (field.get("required").asBoolean()) {
                    found.add(where + " (" + typeName + "): required field " + name + " is missing");
                }
            } else if (!anyTypeFits(typeNames(field), member, where + "." + name, found)) {
                found.add(where + " (" + typeName + "): " + name + "=" + member + " is none of " + typeNames(field));
            }
        }
        value.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                found.add(where + " (" + typeName + "): undeclared field " + name);
            }
        });
        problems.addAll(found);
        return found.isEmpty();
    }
}
