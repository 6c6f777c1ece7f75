package org.socialdesk.connector.vk.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks JSON against VK's schema with json-schema-validator: the fake's answers, and the events tests feed to the
 * Callback API receiver. The schema files are served to the validator from the test resources under a made-up base
 * address, so that their relative {@code $ref}s resolve between files and nothing is ever fetched from the network.
 */
public final class VkJsonSchemas {

    private static final String BASE = "https://vk-api-schema.invalid/";
    private static final String ERROR = "base/objects.json#/definitions/base_error";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder.schemaLoaders(loaders -> loaders.schemas(iri -> iri.startsWith(BASE)
                    ? VkSchemaFiles.readAsDraft07(iri.substring(BASE.length())) : null)));
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private VkJsonSchemas() {
    }

    /**
     * What is wrong with a whole answer body: {@code {"response": …}} against the method's response schema, or
     * {@code {"error": …}} against VK's error object.
     *
     * @param schema where the method's response schema is, as {@link VkMethods#responseSchema} names it
     */
    static List<String> answerProblems(String schema, JsonNode body) {
        if (body.has("error")) {
            List<String> problems = problems(ERROR, body.get("error"));
            return body.size() == 1 ? problems : append(problems, "an error answer carries nothing but the error");
        }
        return problems(schema, body);
    }

    /** @param schema a definition below the schema root, e.g. {@code callback/objects.json#/definitions/x} */
    public static List<String> problems(String schema, JsonNode json) {
        return messages(compiled(schema).validate(json));
    }

    private static JsonSchema compiled(String schema) {
        return COMPILED.computeIfAbsent(schema, location -> FACTORY.getSchema(SchemaLocation.of(BASE + location)));
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private static List<String> append(List<String> problems, String problem) {
        return Stream.concat(problems.stream(), Stream.of(problem)).toList();
    }
}
