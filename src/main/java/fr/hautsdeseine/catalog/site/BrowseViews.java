package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.index.Facet;
import fr.hautsdeseine.catalog.index.SearchQuery;
import fr.hautsdeseine.catalog.index.SearchResults;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;

/** The home page, and the pages of one publisher or one theme. */
public final class BrowseViews {
    private static final int LATEST = 6;
    private static final int LISTED = 100;

    private final CatalogStore store;
    private final CatalogIndex index;
    private final Labels labels;
    private final SiteLinks links;
    private final SearchViews searchViews;

    public BrowseViews(CatalogStore store, CatalogIndex index, Labels labels, SiteLinks links, SearchViews searchViews) {
        this.store = store;
        this.index = index;
        this.labels = labels;
        this.links = links;
        this.searchViews = searchViews;
    }

    public HomeView home(Lang lang) {
        SearchResults all = index.search(new SearchQuery("", Map.of(), SearchQuery.Order.MODIFIED, 1, LATEST, lang.code()));
        var catalog = store.catalogDescription().map(org.apache.jena.rdf.model.ModelFactory::createModelForGraph)
                .map(model -> model.wrapAsResource(store.iris().catalog()));
        Text title = catalog.map(c -> Text.pick(fr.hautsdeseine.catalog.index.RecordFactsReader.byLanguage(c, DCTerms.title), lang))
                .orElse(Text.EMPTY);
        Text description = catalog.map(c -> Text.pick(fr.hautsdeseine.catalog.index.RecordFactsReader.byLanguage(c, DCTerms.description), lang))
                .orElse(Text.EMPTY);
        List<HomeView.CountedLink> themes = new ArrayList<>();
        for (SearchResults.FacetCount count : all.counts(Facet.THEME)) {
            themes.add(new HomeView.CountedLink(new Link(labels.orCode(count.value(), lang), links.theme(count.value())), count.count()));
        }
        themes.sort(Comparator.comparing(t -> t.link().label().value()));
        List<HomeView.CountedLink> publishers = new ArrayList<>();
        for (SearchResults.FacetCount count : all.counts(Facet.PUBLISHER)) {
            publishers.add(new HomeView.CountedLink(new Link(labels.orCode(count.value(), lang), links.publisher(count.value())), count.count()));
        }
        return new HomeView(title, description, all.total(), publishers.size(), themes, searchViews.hits(all, lang), publishers);
    }

    /** The page of the publisher {base}/publishers/{slug}, when the catalog knows it. */
    public Optional<ListingView> publisher(String slug, Lang lang) {
        String iri = store.iris().base() + "/publishers/" + slug;
        SearchResults results = listed(Facet.PUBLISHER, iri, lang);
        Optional<Text> name = labels.of(iri, lang);
        if (results.total() == 0 && name.isEmpty()) {
            return Optional.empty();
        }
        Node agent = NodeFactory.createURI(iri);
        String homepage = firstObject(agent, FOAF.homepage.asNode()).filter(Node::isURI).map(Node::getURI).orElse(null);
        Text kind = firstObject(agent, DCTerms.type.asNode()).filter(Node::isURI).map(t -> labels.orCode(t.getURI(), lang))
                .orElse(Text.EMPTY);
        return Optional.of(new ListingView(name.orElse(Text.plain(slug)), kind, homepage, results.total(),
                searchViews.hits(results, lang), new SearchState("", Map.of(Facet.PUBLISHER, List.of(iri)),
                        SearchQuery.Order.TITLE, 1).url(links.base())));
    }

    /** The page of an EU data theme, by its code (EDUC, TRAN...), when the vocabulary has it. */
    public Optional<ListingView> theme(String code, Lang lang) {
        String iri = SiteLinks.THEME_NAMESPACE + code;
        Optional<Text> name = labels.of(iri, lang);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        SearchResults results = listed(Facet.THEME, iri, lang);
        return Optional.of(new ListingView(name.get(), Text.plain(code), null, results.total(), searchViews.hits(results, lang),
                new SearchState("", Map.of(Facet.THEME, List.of(iri)), SearchQuery.Order.TITLE, 1).url(links.base())));
    }

    private SearchResults listed(Facet facet, String value, Lang lang) {
        return index.search(new SearchQuery("", Map.of(facet, List.of(value)), SearchQuery.Order.TITLE, 1, LISTED, lang.code()));
    }

    private Optional<Node> firstObject(Node subject, Node predicate) {
        return store.read(dsg -> {
            var found = dsg.find(Node.ANY, subject, predicate, Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.<Node>empty();
        });
    }
}
