package fr.hautsdeseine.catalog.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Checks that a restarted server's views agree with its store: the health count, the catalog walked page by
 * page, the site search's count and SPARQL's count all name the records the store holds.
 */
final class ServerCheck {
    private static final Node NEXT = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#next");
    private static final Pattern RESULTS = Pattern.compile(">([0-9\\s\\u202f\\u00a0]+) résultats?</h2>");
    private static final String COUNT = """
            SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <http://www.w3.org/ns/dcat#CatalogRecord> }""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    List<String> check(ServerUnderTest server, Map<String, String> stored) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        int count = stored.size();
        String health = get(server.url("/health"));
        if (!health.contains("\"records\":" + count + ",")) {
            problems.add("/health says " + health + ", the store holds " + count);
        }
        Set<String> catalog = catalogIds(server);
        if (!catalog.equals(stored.keySet())) {
            Set<String> extra = new HashSet<>(catalog);
            extra.removeAll(stored.keySet());
            Set<String> missing = new HashSet<>(stored.keySet());
            missing.removeAll(catalog);
            problems.add("the /catalog walk has " + catalog.size() + " records (extra " + extra + ", missing " + missing + ")");
        }
        long search = searchCount(get(server.url("/datasets")));
        if (search != count) {
            problems.add("the site search counts " + search + ", the store holds " + count);
        }
        String sparql = get(server.url("/sparql?format=csv&query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)));
        if (!sparql.lines().toList().contains(Integer.toString(count))) {
            problems.add("SPARQL counts " + sparql.replace("\n", " ").strip() + ", the store holds " + count);
        }
        return problems;
    }

    /** The ids of every dataset of the catalog, following hydra:next from the first page. */
    private Set<String> catalogIds(ServerUnderTest server) throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        String next = server.url("/catalog.nt?page_size=100");
        for (int pages = 0; next != null && pages < 10_000; pages++) {
            Graph page = GraphFactory.createDefaultGraph();
            RDFParser.fromString(get(next), Lang.NTRIPLES).parse(page);
            page.find(null, DCTerms.identifier.asNode(), null).forEachRemaining(t -> ids.add(t.getObject().getLiteralLexicalForm()));
            List<Node> links = page.find(null, NEXT, null).mapWith(t -> t.getObject()).toList();
            // The pages name the public base URL; the walk stays on the port it started on.
            next = links.isEmpty() ? null
                    : links.get(0).getURI().replace(ServerUnderTest.BASE_URL, server.url(""));
        }
        return ids;
    }

    static long searchCount(String page) {
        if (page.contains("Aucun résultat")) {
            return 0;
        }
        Matcher matcher = RESULTS.matcher(page);
        return matcher.find() ? Long.parseLong(matcher.group(1).replaceAll("\\D", "")) : -1;
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IOException(url + " answered " + answer.statusCode());
        }
        return answer.body();
    }
}
