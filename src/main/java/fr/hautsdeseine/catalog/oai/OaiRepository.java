package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.publish.CatalogFilter;
import fr.hautsdeseine.catalog.publish.ChangeHistory;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.publish.PublicationProfile;
import fr.hautsdeseine.catalog.index.RecordSummary;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The catalog as an OAI-PMH 2.0 repository: every dataset record is an item, identified as
 * {@code oai:{host}:{record id}}, stamped with its catalog record's {@code dct:modified} (to the
 * second), offered as {@code dcat_ap} (DCAT-AP 2.1.1 RDF/XML), {@code dcat_ap_3} and {@code oai_dc}.
 * Lists hold {@value #LIST_SIZE} items; see {@link Selection} for how resumption stays correct.
 */
public final class OaiRepository {
    static final int LIST_SIZE = 100;
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final Publication publication;
    private final OaiDescription description;
    private final Clock clock;
    private final String namespace;
    private final String baseUrl;
    private final boolean logKeptWhole;

    /**
     * @param logKeptWhole whether the change log keeps every entry (no retention): deletions are then
     *                     reported for ever ({@code deletedRecord} persistent), else for as long as the log has them
     */
    public OaiRepository(Publication publication, CatalogStore store, Clock clock, boolean logKeptWhole) {
        this.publication = publication;
        this.logKeptWhole = logKeptWhole;
        this.description = new OaiDescription(store);
        this.clock = clock;
        this.baseUrl = publication.iris().base() + "/oai";
        this.namespace = URI.create(publication.iris().base()).getHost();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Answers a request (already read, or the error reading it raised) as an OAI-PMH document. */
    public void answer(Optional<OaiRequest> request, Optional<OaiError> readError, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("OAI-PMH");
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            element(xml, "responseDate", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            if (readError.isPresent()) {
                requestElement(xml, Optional.empty());
                error(xml, readError.get());
            } else {
                respond(xml, request.orElseThrow());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the OAI-PMH answer", e);
        }
    }

    private void respond(XMLStreamWriter xml, OaiRequest request) throws XMLStreamException {
        // The verb's answer is made before anything is written, so that an error replaces it whole.
        VerbAnswer answer;
        try {
            answer = switch (request.verb()) {
                case "Identify" -> this::identify;
                case "ListMetadataFormats" -> listMetadataFormats(request);
                case "ListSets" -> listSets(request);
                case "GetRecord" -> getRecord(request);
                default -> list(Selection.of(request));
            };
        } catch (OaiError e) {
            requestElement(xml, e.echoesArguments() ? Optional.of(request) : Optional.empty());
            error(xml, e);
            return;
        }
        requestElement(xml, Optional.of(request));
        answer.write(xml);
    }

    /** A verb's answer, ready to write. */
    private interface VerbAnswer {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private void identify(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("Identify");
        element(xml, "repositoryName", description.name());
        element(xml, "baseURL", baseUrl);
        element(xml, "protocolVersion", "2.0");
        element(xml, "adminEmail", description.adminEmail(namespace));
        Instant earliest = items().stream().map(Item::datestamp).min(Instant::compareTo).orElse(publication.lastChange());
        element(xml, "earliestDatestamp", earliest.truncatedTo(ChronoUnit.SECONDS).toString());
        element(xml, "deletedRecord", logKeptWhole && publication.history().isComplete() ? "persistent" : "transient");
        element(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
        xml.writeEndElement();
    }

    private VerbAnswer listMetadataFormats(OaiRequest request) {
        request.argument("identifier").ifPresent(identifier -> itemOf(identifier));
        return xml -> {
            xml.writeStartElement("ListMetadataFormats");
            for (MetadataFormat format : MetadataFormat.values()) {
                xml.writeStartElement("metadataFormat");
                element(xml, "metadataPrefix", format.prefix());
                element(xml, "schema", format.schema());
                element(xml, "metadataNamespace", format.namespace());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    private VerbAnswer listSets(OaiRequest request) {
        request.argument("resumptionToken").ifPresent(token -> {
            throw OaiError.badResumptionToken("ListSets answers in one list; no resumption token is issued for it");
        });
        List<OaiDescription.NamedSet> sets = description.sets(publication.matching(CatalogFilter.NONE));
        return xml -> {
            xml.writeStartElement("ListSets");
            for (OaiDescription.NamedSet set : sets) {
                xml.writeStartElement("set");
                element(xml, "setSpec", set.spec());
                element(xml, "setName", set.name());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    private VerbAnswer getRecord(OaiRequest request) {
        String prefix = request.argument("metadataPrefix").orElseThrow();
        MetadataFormat format = MetadataFormat.of(prefix).orElseThrow(() -> OaiError.cannotDisseminateFormat(prefix));
        Item item = itemOf(request.argument("identifier").orElseThrow());
        Optional<Graph> graph = item.deleted() ? Optional.empty() : graphOf(item.id(), format);
        if (!item.deleted() && graph.isEmpty()) {
            throw OaiError.idDoesNotExist(request.argument("identifier").get());
        }
        return xml -> {
            xml.writeStartElement("GetRecord");
            record(xml, item, format, graph);
            xml.writeEndElement();
        };
    }

    private VerbAnswer list(Selection selection) {
        List<Item> matching = new ArrayList<>();
        Optional<Instant> from = selection.fromInstant();
        Optional<Instant> until = selection.untilInstant();
        for (Item item : items()) {
            Instant stamp = item.datestamp();
            if (from.map(f -> !stamp.isBefore(f)).orElse(true) && until.map(u -> !stamp.isAfter(u)).orElse(true)
                    && selection.set().map(set -> OaiSets.contains(set, item.sets())).orElse(true)) {
                matching.add(item);
            }
        }
        int start = 0;
        if (selection.after().isPresent()) {
            String after = selection.after().get();
            while (start < matching.size() && matching.get(start).id().compareTo(after) <= 0) {
                start++;
            }
        }
        List<Item> page = matching.subList(start, Math.min(matching.size(), start + LIST_SIZE));
        if (page.isEmpty()) {
            throw OaiError.noRecordsMatch();
        }
        boolean records = selection.verb().equals("ListRecords");
        List<Optional<Graph>> graphs = new ArrayList<>();
        if (records) {
            Map<String, Graph> read = publication.records(page.stream().filter(item -> !item.deleted()).map(Item::id).toList(),
                    profileOf(selection.format()));
            page.forEach(item -> graphs.add(Optional.ofNullable(read.get(item.id()))));
        }
        boolean more = start + page.size() < matching.size();
        int cursor = start;
        return xml -> {
            xml.writeStartElement(selection.verb());
            for (int i = 0; i < page.size(); i++) {
                if (!records) {
                    header(xml, page.get(i));
                } else if (page.get(i).deleted() || graphs.get(i).isPresent()) {
                    record(xml, page.get(i), selection.format(), graphs.get(i));
                }
            }
            if (more || selection.after().isPresent()) {
                xml.writeStartElement("resumptionToken");
                xml.writeAttribute("completeListSize", Integer.toString(matching.size()));
                xml.writeAttribute("cursor", Integer.toString(cursor));
                if (more) {
                    xml.writeCharacters(selection.resumingAfter(page.get(page.size() - 1).id()).token());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    /**
     * Every item in record-id order: the live records and, from the change log, the withdrawn ones
     * (with the datestamp of their withdrawal and the sets they were in).
     */
    private List<Item> items() {
        Map<String, ChangeHistory.Withdrawal> withdrawn = publication.history().withdrawals();
        TreeMap<String, Item> items = new TreeMap<>();
        withdrawn.forEach((id, withdrawal) -> items.put(id, Item.deleted(withdrawal)));
        for (RecordSummary summary : publication.matching(CatalogFilter.NONE)) {
            items.put(summary.id(), Item.live(summary));
        }
        return List.copyOf(items.values());
    }

    /** The item an OAI identifier names, live or withdrawn, or idDoesNotExist. */
    private Item itemOf(String identifier) {
        String prefix = "oai:" + namespace + ":";
        if (!identifier.startsWith(prefix)) {
            throw OaiError.idDoesNotExist(identifier);
        }
        String id = identifier.substring(prefix.length());
        Optional<RecordSummary> live = publication.summary(id);
        if (live.isPresent()) {
            return Item.live(live.get());
        }
        ChangeHistory.Withdrawal withdrawal = publication.history().withdrawals().get(id);
        if (withdrawal == null) {
            throw OaiError.idDoesNotExist(identifier);
        }
        return Item.deleted(withdrawal);
    }

    /** The record as the format serves it; empty when it was withdrawn meanwhile. */
    private Optional<Graph> graphOf(String id, MetadataFormat format) {
        return publication.record(id, profileOf(format));
    }

    /** The profile whose graph a format writes (Dublin Core is read from the DCAT-AP 3 graph). */
    private static PublicationProfile profileOf(MetadataFormat format) {
        return format.profile().orElse(PublicationProfile.DCAT_AP_3);
    }

    /** A record: its header, and its metadata unless it was deleted. */
    private void record(XMLStreamWriter xml, Item item, MetadataFormat format, Optional<Graph> graph) throws XMLStreamException {
        xml.writeStartElement("record");
        header(xml, item);
        if (!item.deleted()) {
            xml.writeStartElement("metadata");
            if (format == MetadataFormat.OAI_DC) {
                Node dataset = publication.datasetOf(item.id(), graph.get()).orElseThrow();
                RecordMetadata.dublinCore(xml, graph.get(), dataset);
            } else {
                RecordMetadata.rdf(xml, graph.get());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void header(XMLStreamWriter xml, Item item) throws XMLStreamException {
        xml.writeStartElement("header");
        if (item.deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        element(xml, "identifier", "oai:" + namespace + ":" + item.id());
        element(xml, "datestamp", item.datestamp().toString());
        for (String set : item.sets()) {
            element(xml, "setSpec", set);
        }
        xml.writeEndElement();
    }

    private void requestElement(XMLStreamWriter xml, Optional<OaiRequest> request) throws XMLStreamException {
        xml.writeStartElement("request");
        if (request.isPresent()) {
            xml.writeAttribute("verb", xmlLegal(request.get().verb()));
            for (var argument : request.get().arguments().entrySet()) {
                xml.writeAttribute(argument.getKey(), xmlLegal(argument.getValue()));
            }
        }
        xml.writeCharacters(baseUrl);
        xml.writeEndElement();
    }

    private static void error(XMLStreamWriter xml, OaiError error) throws XMLStreamException {
        xml.writeStartElement("error");
        xml.writeAttribute("code", error.code());
        xml.writeCharacters(xmlLegal(error.getMessage()));
        xml.writeEndElement();
    }

    /** What a request echoes back may hold characters XML 1.0 cannot carry (NUL, say): each becomes U+FFFD. */
    private static String xmlLegal(String text) {
        return text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "\uFFFD");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
