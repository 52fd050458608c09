package sinew.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A JSON document given on the command line, read and checked against a published JSON Schema (draft 2020-12)
 * before anything uses it. Problems come back as one line each: {@code FILE:line:column: message} when the file
 * is not JSON, {@code FILE: <json pointer>: <reason>} for every place the document breaks the schema.
 */
final class JsonInput {

	/** Why a document was refused: the lines to print. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> problems;

		Refused(List<String> problems) {
			super(String.join("\n", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return problems;
		}
	}

	private JsonInput() {
	}

	/**
	 * Reads a file as UTF-8 JSON and validates it against a schema loaded from a class's resources.
	 *
	 * @return the document's text, unchanged
	 * @throws Refused when the file cannot be read, is not UTF-8 JSON, or breaks the schema
	 */
	static String read(Path file, Class<?> schemaOwner, String schemaResource) throws Refused {
		String name = file.toString();
		String text;
		try {
			byte[] bytes = Files.readAllBytes(file);
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new Refused(List.of(name + ": not a UTF-8 text file"));
		} catch (IOException e) {
			throw new Refused(List.of(name + ": cannot read: " + (e.getMessage() == null ? e : e.getMessage())));
		}
		JsonNode document;
		try {
			document = new ObjectMapper().readTree(text);
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
			String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "");
			throw new Refused(List.of(where + ": " + message.lines().findFirst().orElse(message)));
		}
		if (document == null || document.isMissingNode()) {
			throw new Refused(List.of(name + ":1:1: empty file, expected a JSON document"));
		}
		List<String> problems = problems(name, schema(schemaOwner, schemaResource), document);
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		return text;
	}

	/** The places a document breaks a schema, one line each, sorted by pointer then reason. */
	static List<String> problems(String name, JsonSchema schema, JsonNode document) {
		List<ValidationMessage> messages = new ArrayList<>(schema.validate(document));
		messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
				.thenComparing(JsonInput::reason));
		List<String> lines = new ArrayList<>();
		for (ValidationMessage m : messages) {
			String pointer = m.getInstanceLocation().toString();
			String line = name + ": " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + reason(m);
			if (!lines.contains(line)) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** The message without the location the validator puts in front of it. */
	private static String reason(ValidationMessage m) {
		String message = m.getMessage();
		String pointer = m.getInstanceLocation().toString();
		if (!pointer.isEmpty() && message.startsWith(pointer + ": ")) {
			return message.substring(pointer.length() + 2);
		}
		return message.startsWith(": ") ? message.substring(2) : message;
	}

	/** A draft 2020-12 schema from the resources of the bundle or jar of a class, locating problems by JSON pointer. */
	static JsonSchema schema(Class<?> owner, String resource) {
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the schema " + resource + " is missing from " + owner.getName() + "'s bundle");
			}
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the schema " + resource + ": " + e.getMessage(), e);
		}
	}
}
