package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.Publication;
import io.javalin.http.Context;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/** A plain dataset page, for when no richer one is plugged in: title, description, links to the RDF. */
final class FallbackDatasetHtml implements DatasetHtml {
    private final Publication publication;

    FallbackDatasetHtml(Publication publication) {
        this.publication = publication;
    }

    @Override
    public void render(Context ctx, String id) {
        Optional<Graph> record = publication.record(id);
        if (record.isEmpty()) {
            notFound(ctx, id);
            return;
        }
        Graph graph = record.get();
        Node dataset = graph.find(publication.iris().catalogRecord(id), org.apache.jena.sparql.vocabulary.FOAF.primaryTopic.asNode(), Node.ANY)
                .next().getObject();
        String title = text(graph, dataset, DCTerms.title.asNode()).orElse(id);
        StringBuilder links = new StringBuilder();
        for (OutputSyntax syntax : OutputSyntax.values()) {
            String href = publication.iris().base() + "/datasets/" + id + "." + syntax.extension();
            links.append("<li><a href=\"").append(escape(href)).append("\" type=\"").append(syntax.mediaType())
                    .append("\">").append(escape(syntax.mediaType())).append("</a></li>\n");
        }
        String body = "<h1>" + escape(title) + "</h1>\n"
                + text(graph, dataset, DCTerms.description.asNode()).map(d -> "<p>" + escape(d) + "</p>\n").orElse("")
                + "<h2>Métadonnées</h2>\n<ul>\n" + links + "</ul>\n";
        ctx.status(200).html(page(title, body));
    }

    @Override
    public void notFound(Context ctx, String id) {
        String title = "Jeu de données introuvable";
        ctx.status(404).html(page(title, "<h1>" + title + "</h1>\n<p>Aucun jeu de données « " + escape(id) + " ».</p>\n"));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** The French value of a literal property, else any value. */
    private static Optional<String> text(Graph graph, Node subject, Node property) {
        String any = null;
        for (var found = graph.find(subject, property, Node.ANY); found.hasNext(); ) {
            Node value = found.next().getObject();
            if (value.isLiteral()) {
                if (value.getLiteralLanguage().equals("fr")) {
                    return Optional.of(value.getLiteralLexicalForm());
                }
                any = value.getLiteralLexicalForm();
            }
        }
        return Optional.ofNullable(any);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
