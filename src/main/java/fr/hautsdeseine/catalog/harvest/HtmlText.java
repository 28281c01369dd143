package fr.hautsdeseine.catalog.harvest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Descriptions written in HTML (CKAN's and Opendatasoft's editors) become Markdown, which the site
 * renders safely: paragraphs and line breaks, lists, links, emphasis; every other tag is removed and
 * entities decoded. HTML is never stored.
 */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile(
            "(?i)</?(p|br|div|span|a|ul|ol|li|strong|em|b|i|u|h[1-6]|table|tr|td|th|font|blockquote|code|pre)\\b[^>]*>");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private final Graph graph;
    private final Salvage salvage;

    HtmlText(Graph graph, Salvage salvage) {
        this.graph = graph;
        this.salvage = salvage;
    }

    void descriptions() {
        Node property = DCTerms.description.asNode();
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node value = t.getObject();
            if (!value.isLiteral() || !TAG.matcher(value.getLiteralLexicalForm()).find()) {
                continue;
            }
            String markdown = markdown(value.getLiteralLexicalForm());
            graph.delete(t);
            graph.add(t.getSubject(), property, value.getLiteralLanguage().isEmpty()
                    ? NodeFactory.createLiteralString(markdown) : NodeFactory.createLiteralLang(markdown, value.getLiteralLanguage()));
            salvage.repaired(property, t.getSubject(), value, "HTML turned into Markdown");
        }
    }

    static String markdown(String html) {
        String text = html.replaceAll("\\s+", " ");
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2).strip() + "](" + m.group(1) + ")"));
        text = text.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre)>", "\n\n")
                .replaceAll("(?i)<li\\b[^>]*>", "\n- ")
                .replaceAll("(?i)</?(strong|b)\\b[^>]*>", "**")
                .replaceAll("(?i)</?(em|i)\\b[^>]*>", "*")
                .replaceAll("<[^>]+>", "");
        text = ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
        return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n[ \\t]+", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                    : Character.toString(Integer.parseInt(name.substring(1)));
        };
    }
}
