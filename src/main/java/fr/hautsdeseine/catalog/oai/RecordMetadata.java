package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.RdfOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/** Writes one record's metadata into an OAI-PMH answer: its RDF/XML ({@code rdf:RDF}), or Dublin Core. */
final class RecordMetadata {
    private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLInputFactory INPUT = inputFactory();

    private RecordMetadata() {
    }

    /** The record's graph as RDF/XML, its elements copied one by one into the answer. */
    static void rdf(XMLStreamWriter xml, Graph record) throws XMLStreamException {
        ByteArrayOutputStream rdfXml = new ByteArrayOutputStream(16 * 1024);
        RdfOutput.write(record, OutputSyntax.RDF_XML, rdfXml);
        XMLStreamReader reader = INPUT.createXMLStreamReader(new ByteArrayInputStream(rdfXml.toByteArray()));
        try {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> startElement(xml, reader);
                    case XMLStreamConstants.END_ELEMENT -> xml.writeEndElement();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            xml.writeCharacters(reader.getText());
                    default -> { }
                }
            }
        } finally {
            reader.close();
        }
    }

    private static void startElement(XMLStreamWriter xml, XMLStreamReader reader) throws XMLStreamException {
        String prefix = reader.getPrefix() == null ? "" : reader.getPrefix();
        String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        xml.writeStartElement(prefix, reader.getLocalName(), namespace);
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String declared = reader.getNamespacePrefix(i);
            if (declared == null || declared.isEmpty()) {
                xml.writeDefaultNamespace(reader.getNamespaceURI(i));
            } else {
                xml.writeNamespace(declared, reader.getNamespaceURI(i));
            }
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attributeNamespace = reader.getAttributeNamespace(i);
            if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                xml.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            } else {
                xml.writeAttribute(reader.getAttributePrefix(i), attributeNamespace, reader.getAttributeLocalName(i),
                        reader.getAttributeValue(i));
            }
        }
    }

    /** Unqualified Dublin Core of the dataset: title, description, publisher, subjects, dates, identifiers, rights. */
    static void dublinCore(XMLStreamWriter xml, Graph g, Node d) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        literals(xml, "title", g, d, DCTerms.title.asNode());
        g.find(d, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(t -> {
            try {
                literals(xml, "publisher", g, t.getObject(), FOAF.name.asNode());
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        literals(xml, "subject", g, d, DCAT.keyword.asNode());
        values(xml, "subject", g, d, DCAT.theme.asNode());
        literals(xml, "description", g, d, DCTerms.description.asNode());
        values(xml, "date", g, d, DCTerms.issued.asNode());
        values(xml, "date", g, d, DCTerms.modified.asNode());
        element(xml, "type", "Dataset");
        values(xml, "identifier", g, d, DCTerms.identifier.asNode());
        if (d.isURI()) {
            element(xml, "identifier", d.getURI());
        }
        values(xml, "language", g, d, DCTerms.language.asNode());
        values(xml, "coverage", g, d, DCTerms.spatial.asNode());
        values(xml, "rights", g, d, DCTerms.license.asNode());
        values(xml, "rights", g, d, DCTerms.accessRights.asNode());
        xml.writeEndElement();
    }

    /** Each literal with its language in xml:lang. */
    private static void literals(XMLStreamWriter xml, String name, Graph g, Node subject, Node property) throws XMLStreamException {
        List<Node> found = g.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList();
        for (Node literal : found.stream().sorted((a, b) -> a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm())).toList()) {
            xml.writeStartElement("dc", name, DC);
            if (!literal.getLiteralLanguage().isEmpty()) {
                xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", literal.getLiteralLanguage());
            }
            xml.writeCharacters(literal.getLiteralLexicalForm());
            xml.writeEndElement();
        }
    }

    /** Each IRI (blank nodes left out) or literal, sorted. */
    private static void values(XMLStreamWriter xml, String name, Graph g, Node subject, Node property) throws XMLStreamException {
        TreeSet<String> values = new TreeSet<>();
        g.find(subject, property, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI()) {
                values.add(o.getURI());
            } else if (o.isLiteral()) {
                values.add(o.getLiteralLexicalForm());
            }
        });
        for (String value : values) {
            element(xml, name, value);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("dc", name, DC);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** A parser for the RDF/XML the catalog itself wrote: no DTD, no external entities. */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
