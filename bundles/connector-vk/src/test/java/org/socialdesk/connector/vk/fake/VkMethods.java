package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VK's methods as {@code <section>/methods.json} describes them, and the check api.vk.com makes before it runs one:
 * the method exists, its required parameters are there, each value has the declared type, enum, minimum and
 * maximum. The fake is stricter than VK in one way: an undeclared parameter is refused rather than ignored, so a
 * misspelt parameter shows up in the tests instead of being silently dropped in production.
 */
final class VkMethods {

    private static final List<String> SECTIONS = List.of("wall", "groups", "photos", "polls", "video", "utils");
    /** Parameters every method takes besides its own. */
    private static final Set<String> COMMON = Set.of("access_token", "v", "lang", "test_mode", "captcha_sid",
            "captcha_key");

    private final Map<String, JsonNode> methods = new HashMap<>();
    private final Map<String, String> sections = new HashMap<>();
    private final Map<String, JsonNode> files = new HashMap<>();

    VkMethods() {
        for (String section : SECTIONS) {
            for (JsonNode method : VkSchemaFiles.read(section + "/methods.json").path("methods")) {
                methods.put(method.path("name").asText(), method);
                sections.put(method.path("name").asText(), section);
            }
        }
    }

    boolean exists(String method) {
        return methods.containsKey(method);
    }

    /** {@code user}, {@code group}, {@code service}: who may call the method. */
    Set<String> tokenTypes(String method) {
        Set<String> types = new HashSet<>();
        methods.get(method).path("access_token_type").forEach(type -> types.add(type.asText()));
        return types;
    }

    /** Where the schema of the method's answer is, e.g. {@code wall/responses.json#/definitions/...}. */
    String responseSchema(String method, boolean extended) {
        JsonNode responses = methods.get(method).path("responses");
        JsonNode chosen = extended && responses.has("extendedResponse") ? responses.get("extendedResponse")
                : responses.get("response");
        return resolve(sections.get(method), chosen.path("$ref").asText());
    }

    /** What api.vk.com would refuse in these parameters; empty when the request is well formed. */
    List<String> problems(String method, Map<String, String> params) {
        JsonNode spec = methods.get(method);
        String section = sections.get(method);
        Map<String, JsonNode> declared = new HashMap<>();
        spec.path("parameters").forEach(parameter -> declared.put(parameter.path("name").asText(), parameter));

        List<String> problems = new ArrayList<>();
        params.keySet().stream().filter(name -> !declared.containsKey(name) && !COMMON.contains(name))
                .forEach(name -> problems.add(name + " is not a parameter of " + method));
        declared.values().stream().filter(parameter -> parameter.path("required").asBoolean(false))
                .map(parameter -> parameter.path("name").asText()).filter(name -> !params.containsKey(name))
                .forEach(name -> problems.add(name + " is required"));
        params.forEach((name, value) -> {
            if (declared.containsKey(name)) {
                typeProblem(section, declared.get(name), value)
                        .ifPresent(problem -> problems.add(name + " " + problem));
            }
        });
        return problems;
    }

    private Optional<String> typeProblem(String section, JsonNode spec, String value) {
        JsonNode type = spec.has("type") ? spec.get("type") : definition(section, spec.path("$ref").asText())
                .path("type");
        JsonNode enumeration = spec.has("enum") ? spec.get("enum") : spec.has("$ref")
                ? definition(section, spec.get("$ref").asText()).path("enum") : spec.path("enum");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        } else {
            types.add(type.asText("string"));
        }
        List<String> mismatches = new ArrayList<>();
        for (String each : types) {
            Optional<String> mismatch = switch (each) {
                case "integer" -> integerProblem(spec, value);
                case "number" -> numberProblem(value);
                case "boolean" -> value.equals("0") || value.equals("1") ? Optional.empty()
                        : Optional.of("must be 0 or 1, not '" + value + "'");
                case "array" -> arrayProblem(section, spec, value);
                default -> Optional.empty();
            };
            if (mismatch.isEmpty()) {
                return enumProblem(enumeration, value);
            }
            mismatches.add(mismatch.get());
        }
        return Optional.of(String.join(" or ", mismatches));
    }

    private static Optional<String> integerProblem(JsonNode spec, String value) {
        if (!value.matches("-?\\d{1,19}")) {
            return Optional.of("must be an integer, not '" + value + "'");
        }
        BigInteger number = new BigInteger(value);
        if (spec.has("minimum") && number.compareTo(spec.get("minimum").bigIntegerValue()) < 0) {
            return Optional.of("must be at least " + spec.get("minimum") + ", not " + value);
        }
        if (spec.has("maximum") && number.compareTo(spec.get("maximum").bigIntegerValue()) > 0) {
            return Optional.of("must be at most " + spec.get("maximum") + ", not " + value);
        }
        return Optional.empty();
    }

    private static Optional<String> numberProblem(String value) {
        try {
            Double.parseDouble(value);
            return Optional.empty();
        } catch (NumberFormatException notNumber) {
            return Optional.of("must be a number, not '" + value + "'");
        }
    }

    /** VK takes a list as comma-separated values. */
    private Optional<String> arrayProblem(String section, JsonNode spec, String value) {
        String[] items = value.split(",", -1);
        if (spec.has("maxItems") && items.length > spec.get("maxItems").asInt()) {
            return Optional.of("has more than " + spec.get("maxItems") + " items");
        }
        for (String item : items) {
            Optional<String> problem = typeProblem(section, spec.path("items"), item);
            if (problem.isPresent()) {
                return Optional.of("item " + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> enumProblem(JsonNode enumeration, String value) {
        if (!enumeration.isArray() || enumeration.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode allowed : enumeration) {
            if (allowed.asText().equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of("must be one of " + enumeration + ", not '" + value + "'");
    }

    private JsonNode definition(String section, String ref) {
        if (ref.isEmpty()) {
            return MissingNode.getInstance();
        }
        String resolved = resolve(section, ref);
        String file = resolved.substring(0, resolved.indexOf('#'));
        return files.computeIfAbsent(file, VkSchemaFiles::read).at(resolved.substring(resolved.indexOf('#') + 1));
    }

    /** {@code ../wall/objects.json#/definitions/x}, seen from a section, as a path below the schema root. */
    private static String resolve(String section, String ref) {
        String file = ref.substring(0, ref.indexOf('#'));
        String path = Path.of(section).resolve(file).normalize().toString().replace('\\', '/');
        return path + ref.substring(ref.indexOf('#'));
    }
}
