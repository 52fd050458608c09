package sinew.generator.site;

import static sinew.generator.site.Html.escape;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An SVG document made fit to stand inside an HTML page: parsed as XML (no DTD, no external entities), then written
 * out again element by element with every text and attribute value escaped, without scripts, event handlers,
 * foreign objects, links out of the diagram, comments or the XML prolog. So whatever a diagram holds, its strings
 * reach the page as text. A shape that stands for a model element ({@code data-element="qualified.name"}) becomes a
 * link to that element's page.
 */
final class SvgEmbed {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	private SvgEmbed() {
	}

	/**
	 * The SVG as markup for an HTML page.
	 *
	 * @param pageOf the URL of an element's page by its qualified name, or null when it has none
	 * @throws IllegalArgumentException when the text is not a well-formed SVG document
	 */
	static String embed(String svg, Function<String, String> pageOf) {
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			root = builder.parse(new InputSource(new StringReader(svg))).getDocumentElement();
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new IllegalArgumentException("the diagram is not well-formed SVG: " + e.getMessage(), e);
		}
		if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
			throw new IllegalArgumentException("the diagram is not an SVG document (root <" + root.getNodeName() + ">)");
		}
		StringBuilder b = new StringBuilder(svg.length() + svg.length() / 8);
		write(root, b, pageOf, true);
		return b.toString();
	}

	/**
	 * Writes an element and its contents. A shape that stands for a model element keeps its place (its id, classes
	 * and title stay on it); what it draws itself is wrapped in a link to the element's page, while shapes of other
	 * elements inside it (a firm inside its nation) get their own links, so links never nest.
	 */
	private static void write(Element element, StringBuilder b, Function<String, String> pageOf, boolean root) {
		String local = localName(element);
		if (dropped(local)) {
			return;
		}
		if (local.equals("a") && !root) {
			// a link of the diagram's own is unwrapped: its shapes stay, the site's links replace it
			NodeList children = element.getChildNodes();
			for (int i = 0; i < children.getLength(); i++) {
				Node child = children.item(i);
				if (child.getNodeType() == Node.ELEMENT_NODE) {
					write((Element) child, b, pageOf, false);
				} else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
					b.append(escape(child.getNodeValue()));
				}
			}
			return;
		}
		String link = link(element, pageOf);
		String name = element.getNodeName();
		b.append('<').append(name);
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr a = (Attr) attributes.item(i);
			String attr = a.getName();
			String attrLocal = a.getLocalName() == null ? attr : a.getLocalName();
			String value = a.getValue();
			if (attrLocal.toLowerCase(Locale.ROOT).startsWith("on")) {
				continue; // event handlers
			}
			if (attrLocal.equals("href") && !value.strip().startsWith("#")) {
				continue; // nothing outside the diagram: no images, uses or links elsewhere
			}
			b.append(' ').append(attr).append("=\"").append(escape(value)).append('"');
		}
		if (root && element.getAttributeNode("xmlns") == null) {
			b.append(" xmlns=\"").append(SVG_NS).append('"');
		}
		NodeList children = element.getChildNodes();
		if (children.getLength() == 0) {
			b.append("/>");
			return;
		}
		b.append('>');
		boolean open = false;
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			boolean wrap = link != null && child instanceof Element e && !dropped(localName(e))
					&& !localName(e).equals("title") && !localName(e).equals("desc") && !linked(e, pageOf);
			if (wrap && !open) {
				b.append("<a class=\"snw-el\" href=\"").append(escape(link)).append("\">");
				open = true;
			} else if (!wrap && open && child.getNodeType() == Node.ELEMENT_NODE) {
				b.append("</a>");
				open = false;
			}
			switch (child.getNodeType()) {
				case Node.ELEMENT_NODE -> write((Element) child, b, pageOf, false);
				case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> b.append(escape(child.getNodeValue()));
				default -> {
					// comments and processing instructions are left out
				}
			}
		}
		if (open) {
			b.append("</a>");
		}
		b.append("</").append(name).append('>');
	}

	private static String localName(Element element) {
		return element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
	}

	private static boolean dropped(String local) {
		String lower = local.toLowerCase(Locale.ROOT);
		return lower.equals("script") || lower.equals("foreignobject") || lower.equals("iframe") || lower.equals("handler");
	}

	/** The page of the model element a shape stands for, or null. */
	private static String link(Element element, Function<String, String> pageOf) {
		String id = element.getAttribute("data-element");
		return id.isEmpty() ? null : pageOf.apply(id);
	}

	/** Whether a shape, or a shape inside it, links to a page of its own. */
	private static boolean linked(Element element, Function<String, String> pageOf) {
		if (link(element, pageOf) != null) {
			return true;
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element e && linked(e, pageOf)) {
				return true;
			}
		}
		return false;
	}
}
