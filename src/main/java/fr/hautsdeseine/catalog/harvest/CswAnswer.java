package fr.hautsdeseine.catalog.harvest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One CSW {@code GetRecordsResponse}: its paging numbers and its records (each an {@code rdf:RDF}
 * element in the DCAT and GeoDCAT-AP output schemas). The XML is read with DTDs and external
 * entities refused, so that a page cannot make the server read a file or fetch a URL.
 */
record CswAnswer(int matched, int nextRecord, List<Element> records) {
    private static final String CSW = "http://www.opengis.net/cat/csw/2.0.2";
    private static final String OWS = "http://www.opengis.net/ows";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    static CswAnswer parse(FetchedPage page) {
        Document document;
        try {
            document = secureBuilder().parse(new ByteArrayInputStream(page.body()));
        } catch (SAXException | IOException e) {
            throw new HarvestFetchException("page <" + page.url() + "> is not well-formed XML: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if ("ExceptionReport".equals(root.getLocalName())) {
            throw new HarvestFetchException("the CSW service refused <" + page.url() + ">: " + root.getTextContent().strip());
        }
        NodeList results = document.getElementsByTagNameNS(CSW, "SearchResults");
        if (!"GetRecordsResponse".equals(root.getLocalName()) || results.getLength() != 1) {
            throw new HarvestFetchException("page <" + page.url() + "> is not a CSW GetRecords answer (no csw:SearchResults)");
        }
        Element searchResults = (Element) results.item(0);
        List<Element> records = new ArrayList<>();
        for (Node child = searchResults.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && RDF.equals(element.getNamespaceURI()) && "RDF".equals(element.getLocalName())) {
                records.add(element);
            }
        }
        return new CswAnswer(number(searchResults, "numberOfRecordsMatched", page), number(searchResults, "nextRecord", page),
                List.copyOf(records));
    }

    /**
     * GeoNetwork writes some properties with both an {@code rdf:resource} and a text label, which RDF/XML
     * forbids: the IRI is kept and the text dropped, so that the record can be read at all.
     */
    static List<Salvage.Repair> dropTextBesideResource(Element record, URI page) {
        List<Salvage.Repair> repairs = new ArrayList<>();
        NodeList elements = record.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String text = element.getTextContent();
            if (element.hasAttributeNS(RDF, "resource") && element.getElementsByTagName("*").getLength() == 0
                    && !text.isBlank()) {
                while (element.getFirstChild() != null) {
                    element.removeChild(element.getFirstChild());
                }
                String property = element.getNamespaceURI() + element.getLocalName();
                repairs.add(new Salvage.Repair(Salvage.DROPPED, Salvage.shortName(org.apache.jena.graph.NodeFactory.createURI(property)),
                        "page <" + page + ">", text.strip(), "dropped the text of " + element.getTagName() + " on page <" + page
                        + "> (\"" + text.strip() + "\"): RDF/XML allows rdf:resource or text, not both; kept <"
                        + element.getAttributeNS(RDF, "resource") + ">"));
            }
        }
        return repairs;
    }

    /** One record as an RDF/XML document of its own. */
    static byte[] serialise(Element record) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(record), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write a CSW record back as XML", e);
        }
    }

    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    private static int number(Element results, String attribute, FetchedPage page) {
        try {
            return Integer.parseInt(results.getAttribute(attribute).strip());
        } catch (NumberFormatException e) {
            throw new HarvestFetchException("page <" + page.url() + "> has no number in csw:SearchResults/@" + attribute);
        }
    }
}
