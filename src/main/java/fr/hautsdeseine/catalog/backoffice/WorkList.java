package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.accounts.Account;
import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * The dashboard's lists of records to work on: drafts, published records kept with warnings, and
 * harvest runs that refused records. Each list stops at {@link #LIMIT} entries the account may open.
 */
public final class WorkList {
    public static final int LIMIT = 50;

    private final CatalogStore store;
    private final RecordEditor editor;
    private final HarvestService harvest;

    public WorkList(CatalogStore store, RecordEditor editor, HarvestService harvest) {
        this.store = store;
        this.editor = editor;
        this.harvest = harvest;
    }

    /** A record on the dashboard. */
    public record Item(String id, String title, int warnings) {
    }

    /** A harvest run that refused or failed records. */
    public record Refusals(String source, HarvestReport report) {
    }

    public List<Item> drafts(Account account) {
        List<Item> items = new ArrayList<>();
        for (Drafts.Listed draft : editor.drafts().list()) {
            if (items.size() < LIMIT && editor.mayOpen(account, draft.id())) {
                items.add(new Item(draft.id(), title(draft.id()), 0));
            }
        }
        return items;
    }

    public List<Item> withWarnings(Account account) {
        String prefix = store.iris().reportGraph("").getURI();
        List<String> ids = store.read(dsg -> {
            List<String> found = new ArrayList<>();
            Iterator<Node> graphs = dsg.listGraphNodes();
            while (graphs.hasNext() && found.size() < LIMIT * 4) {
                Node graph = graphs.next();
                if (graph.isURI() && graph.getURI().startsWith(prefix)
                        && dsg.getGraph(graph).contains(Node.ANY, SHACL.focusNode, Node.ANY)) {
                    found.add(graph.getURI().substring(prefix.length()));
                }
            }
            return found;
        });
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            if (items.size() < LIMIT && editor.mayOpen(account, id)) {
                int warnings = store.report(id).map(r -> r.find(Node.ANY, SHACL.focusNode, Node.ANY).toList().size()).orElse(0);
                items.add(new Item(id, title(id), warnings));
            }
        }
        return items;
    }

    /** Only for admins: harvest sources belong to the portal's team. */
    public List<Refusals> harvestRefusals(Account account) {
        if (!account.isAdmin()) {
            return List.of();
        }
        List<Refusals> runs = new ArrayList<>();
        for (HarvestSource source : harvest.sources()) {
            for (HarvestReport report : harvest.reports(source.name(), 5)) {
                if (!report.rejected().isEmpty() || !report.complete()) {
                    runs.add(new Refusals(source.name(), report));
                }
            }
        }
        return runs;
    }

    private String title(String id) {
        try {
            return editor.titleOf(id);
        } catch (RuntimeException unreadable) {
            return id;
        }
    }
}
