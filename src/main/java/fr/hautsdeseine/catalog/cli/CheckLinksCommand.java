package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.config.LinkCheckConfig;
import fr.hautsdeseine.catalog.quality.LinkChecker;
import fr.hautsdeseine.catalog.quality.LinkRegistry;
import fr.hautsdeseine.catalog.quality.QualityLists;
import fr.hautsdeseine.catalog.quality.QualityService;
import fr.hautsdeseine.catalog.quality.QualitySummary;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check-links", description = "Check every access and download URL of the catalog now, then score the"
        + " records again (on a store no server is using). Exit code 0: every link answers; 1: some do not.")
public final class CheckLinksCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var config = options.config();
        Clock clock = Clock.systemUTC();
        try (CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()));
             LinkChecker checker = new LinkChecker(LinkCheckConfig.fromEnvironment(), HarvestConfig.fromEnvironment()::allows,
                     clock)) {
            QualityService quality = new QualityService(store, QualityLists.from(Vocabularies.loadAll()),
                    LinkRegistry.load(store), clock).startHere();
            QualityService.LinkRun run = quality.checkLinks(checker);
            Map<String, List<String>> broken = quality.brokenLinks();
            broken.forEach((url, ids) -> out.printf("%s: %s (%s)%n", url,
                    quality.links().last(url).map(r -> r.outcome().code() + (r.status() > 0 ? " " + r.status() : ""))
                            .orElse("not checked"), String.join(", ", ids)));
            QualitySummary catalog = quality.catalog();
            out.printf("%d links checked, %d answer; catalog score %.1f of 405 (%s)%n", run.checked(), run.reachable(),
                    catalog.meanTotal(), catalog.rating().key());
            return broken.isEmpty() ? 0 : 1;
        }
    }
}
