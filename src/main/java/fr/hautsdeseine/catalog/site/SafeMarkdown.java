package fr.hautsdeseine.catalog.site;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a description written in Markdown as HTML that cannot carry markup of its own: raw HTML in
 * the source is escaped (so it shows as text) and link targets other than http, https and mailto are dropped.
 */
public final class SafeMarkdown {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
