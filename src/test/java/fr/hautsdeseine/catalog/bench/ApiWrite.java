package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.generate.CatalogGenerator;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * One write through the API on the imported catalog: {@code PUT /api/datasets/{id}} of the catalog's first
 * dataset with its title changed each time (so every write changes the record), timed until the answer,
 * which comes once the store, the change log and the index all hold the write.
 */
final class ApiWrite implements Measurement {
    private static final int WARM_UP = 10;
    private static final int TIMED = 30;

    @Override
    public String title() {
        return "API write";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        // The generator is deterministic: a catalog of one holds the first dataset of the imported one.
        Path one = bench.paths.work().resolve("api-write-" + bench.datasets + ".ttl");
        new CatalogGenerator(BenchMain.SEED, bench.baseUrl()).write(1, one);
        Model document = RDFParser.source(one).toModel();
        Resource dataset = document.listSubjectsWithProperty(RDF.type, DCAT.Dataset).next();
        String id = bench.ids.get(0);
        HttpClient http = HttpClient.newHttpClient();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            dataset.removeAll(DCTerms.title).addProperty(DCTerms.title, "Version " + i + " du jeu", "fr");
            StringWriter body = new StringWriter();
            RDFDataMgr.write(body, document, RDFFormat.TURTLE_PRETTY);
            HttpRequest put = HttpRequest.newBuilder(bench.uri("/api/datasets/" + id))
                    .header("Content-Type", "text/turtle").header("Authorization", "Bearer " + Workbench.ADMIN_TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.send(put, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - sent) / 1e6;
            if (answer.statusCode() != 200 && answer.statusCode() != 201) {
                throw new IllegalStateException("PUT " + put.uri() + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i >= WARM_UP) {
                times.add(ms);
            }
        }
        URI page = bench.uri("/datasets/" + id + ".ttl");
        String stored = new String(bench.client.get(page, "text/turtle").body(), StandardCharsets.UTF_8);
        if (!stored.contains("Version " + (WARM_UP + TIMED - 1) + " du jeu")) {
            throw new IllegalStateException("The last write is not served at " + page);
        }
        return List.of(Figure.of(bench.datasets, "one API write (PUT of one record): median", Stats.round(Stats.median(times), 2), "ms")
                .withNote("median of " + TIMED + " sequential PUTs after " + WARM_UP + " warm-up; answered once the index holds the write"));
    }
}
