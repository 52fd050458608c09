package sinew.dsl.conversion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import sinew.model.units.Dates;
import sinew.model.units.Units;

/**
 * How Sinew's literals become values and back: numbers, whole numbers, coordinates with their hemisphere,
 * dates, and doc comments.
 */
public class SinewValueConverters extends DefaultTerminalConverters {

	/** Imports: a qualified name, possibly ending in .* for all names of a package. */
	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> QualifiedNameWithWildcard() {
		return QualifiedName();
	}

	/** Qualified names: segments (identifiers or keyword-like names) joined by dots, escapes removed. */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				StringBuilder name = new StringBuilder();
				Iterable<org.eclipse.xtext.nodemodel.ILeafNode> leaves = node == null ? java.util.List.of() : node.getLeafNodes();
				boolean any = false;
				for (org.eclipse.xtext.nodemodel.ILeafNode leaf : leaves) {
					if (!leaf.isHidden()) {
						String text = leaf.getText();
						name.append(text.startsWith("^") ? text.substring(1) : text);
						any = true;
					}
				}
				if (!any) {
					for (String segment : string.replaceAll("\\s+", "").split("\\.", -1)) {
						if (name.length() > 0) {
							name.append('.');
						}
						name.append(segment.startsWith("^") ? segment.substring(1) : segment);
					}
				}
				return name.toString();
			}

			@Override
			protected String internalToString(String value) {
				StringBuilder text = new StringBuilder();
				for (String segment : value.split("\\.", -1)) {
					if (text.length() > 0) {
						text.append('.');
					}
					text.append(segment.equals("*") ? segment : ValidID().toString(segment));
				}
				return text.toString();
			}
		};
	}

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.startsWith("^") ? string.substring(1) : string;
			}

			@Override
			protected String internalToString(String value) {
				return reservedWords().contains(value) ? "^" + value : value;
			}
		};
	}

	private java.util.Set<String> reserved;

	/** Keywords that cannot stand as a name without an escape (^). */
	private synchronized java.util.Set<String> reservedWords() {
		if (reserved == null) {
			java.util.Set<String> words = new java.util.HashSet<>(
					org.eclipse.xtext.GrammarUtil.getAllKeywords(getGrammar()));
			org.eclipse.xtext.AbstractRule validId = org.eclipse.xtext.GrammarUtil.findRuleForName(getGrammar(), "ValidID");
			if (validId != null) {
				org.eclipse.emf.common.util.TreeIterator<org.eclipse.emf.ecore.EObject> it = validId.eAllContents();
				it.forEachRemaining(e -> {
					if (e instanceof org.eclipse.xtext.Keyword k) {
						words.remove(k.getValue());
					}
				});
			}
			reserved = words;
		}
		return reserved;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				try {
					return Double.valueOf(string.replaceAll("\\s+", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a number", node, e);
				}
			}

			@Override
			protected String internalToString(Double value) {
				return Units.number(value);
			}
		};
	}

	@ValueConverter(rule = "Integer")
	public IValueConverter<Integer> Integer() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				String text = string.replaceAll("\\s+", "");
				if (text.contains(".")) {
					throw new ValueConverterException("'" + text + "' must be a whole number", node, null);
				}
				try {
					return java.lang.Integer.valueOf(text);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + text + "' is too large a whole number", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "Latitude")
	public IValueConverter<Double> Latitude() {
		return new CoordinateConverter("latitude", 'N', 'S', "longitude");
	}

	@ValueConverter(rule = "Longitude")
	public IValueConverter<Double> Longitude() {
		return new CoordinateConverter("longitude", 'E', 'W', "latitude");
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<String> DATE() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				try {
					Dates.parse(string);
				} catch (IllegalArgumentException e) {
					throw new ValueConverterException(e.getMessage(), node, e);
				}
				return string;
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	@ValueConverter(rule = "DOC")
	public IValueConverter<String> DOC() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return documentation(string);
			}

			@Override
			protected String internalToString(String value) {
				return docComment(value);
			}
		};
	}

	/** The text of a doc comment: delimiters and leading asterisks removed, lines kept. */
	public static String documentation(String comment) {
		String body = comment;
		if (body.startsWith("/**")) {
			body = body.substring(3);
		}
		if (body.endsWith("*/")) {
			body = body.substring(0, body.length() - 2);
		}
		List<String> lines = new ArrayList<>();
		for (String line : body.split("\r?\n", -1)) {
			String stripped = line.strip();
			if (stripped.startsWith("*")) {
				stripped = stripped.substring(1).strip();
			}
			lines.add(stripped);
		}
		while (!lines.isEmpty() && lines.get(0).isEmpty()) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return String.join("\n", lines);
	}

	/** A doc comment holding the given text. */
	public static String docComment(String documentation) {
		String text = documentation.replace("*/", "* /");
		if (!text.contains("\n")) {
			return "/** " + text + " */";
		}
		StringBuilder comment = new StringBuilder("/**\n");
		for (String line : text.split("\n", -1)) {
			comment.append(line.isEmpty() ? " *" : " * " + line).append('\n');
		}
		return comment.append(" */").toString();
	}

	private static final class CoordinateConverter extends AbstractNullSafeConverter<Double> {
		private final String what;
		private final char positive;
		private final char negative;
		private final String other;

		CoordinateConverter(String what, char positive, char negative, String other) {
			this.what = what;
			this.positive = positive;
			this.negative = negative;
			this.other = other;
		}

		@Override
		protected Double internalToValue(String string, INode node) {
			char hemisphere = string.charAt(string.length() - 1);
			if (hemisphere != positive && hemisphere != negative) {
				throw new ValueConverterException("'" + string + "' is a " + other + "; a " + what + " ends in "
						+ positive + " or " + negative, node, null);
			}
			double degrees = Double.parseDouble(string.substring(0, string.length() - 1));
			return hemisphere == negative ? -degrees : degrees;
		}

		@Override
		protected String internalToString(Double value) {
			char hemisphere = value < 0 || (value == 0.0 && 1 / value < 0) ? negative : positive;
			return Units.number(Math.abs(value)) + hemisphere;
		}
	}
}
