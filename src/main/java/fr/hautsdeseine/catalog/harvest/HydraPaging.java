package fr.hautsdeseine.catalog.harvest;

import java.net.URI;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The next page of a Hydra-paged catalog, in both vocabularies: {@code hydra:next} (on a
 * {@code hydra:PartialCollectionView}) and the older {@code hydra:nextPage} (on a
 * {@code hydra:PagedCollection}), given as an IRI or as a literal.
 */
final class HydraPaging {
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final Node NEXT = NodeFactory.createURI(HYDRA + "next");
    private static final Node NEXT_PAGE = NodeFactory.createURI(HYDRA + "nextPage");

    private HydraPaging() {
    }

    static Optional<URI> next(Graph page, URI pageUrl) {
        return link(page, NEXT).or(() -> link(page, NEXT_PAGE)).map(target -> {
            try {
                return pageUrl.resolve(target.trim());
            } catch (IllegalArgumentException e) {
                throw new HarvestFetchException("page <" + pageUrl + "> links to a next page that is not a URL: " + target);
            }
        });
    }

    private static Optional<String> link(Graph page, Node predicate) {
        return page.find(Node.ANY, predicate, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .map(o -> o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : null)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
