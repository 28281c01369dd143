package fr.hautsdeseine.catalog.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the catalog to files: whole in one file, or as numbered pages ({@code page-1.ttl}, ...)
 * whose Hydra links name each other by absolute URL, ready to be served as static files.
 */
public final class CatalogExport {
    private final Publication publication;

    public CatalogExport(Publication publication) {
        this.publication = publication;
    }

    public void whole(OutputSyntax syntax, OutputStream out) {
        RdfOutput.write(publication.wholeCatalog(), syntax, out);
    }

    /**
     * Writes every page into {@code directory}; links point to {@code pagesUrl/page-N.ext}.
     *
     * @return how many pages were written
     */
    public int pages(OutputSyntax syntax, int pageSize, Path directory, String pagesUrl) throws IOException {
        Files.createDirectories(directory);
        List<CatalogPage> pages = new ArrayList<>();
        Map<PageStart, Integer> numbers = new HashMap<>();
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            CatalogPage page = publication.page(request);
            pages.add(page);
            numbers.put(request.start(), pages.size());
            if (page.next().isEmpty()) {
                break;
            }
            request = request.startingAt(page.next().get());
        }
        String base = pagesUrl.endsWith("/") ? pagesUrl : pagesUrl + "/";
        PageLinks links = start -> base + fileName(numbers.getOrDefault(start, 1), syntax);
        for (int i = 0; i < pages.size(); i++) {
            try (OutputStream out = Files.newOutputStream(directory.resolve(fileName(i + 1, syntax)))) {
                RdfOutput.write(publication.pageGraph(pages.get(i), links), syntax, out);
            }
        }
        return pages.size();
    }

    private static String fileName(int page, OutputSyntax syntax) {
        return "page-" + page + "." + syntax.extension();
    }
}
