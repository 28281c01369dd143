package fr.hautsdeseine.catalog.harvest;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Values DCAT-AP gives a datatype or a shape to, repaired when their meaning is clear and dropped
 * otherwise: dates, byte sizes, checksums, descriptions written in HTML, distributions without URL.
 */
final class ValueRepairs {
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final Node CHECKSUM = NodeFactory.createURI(SPDX + "checksum");
    private static final Node ALGORITHM = NodeFactory.createURI(SPDX + "algorithm");
    private static final Node CHECKSUM_VALUE = NodeFactory.createURI(SPDX + "checksumValue");
    private static final List<Node> DATES = List.of(DCTerms.issued.asNode(), DCTerms.modified.asNode(),
            DCAT.startDate.asNode(), DCAT.endDate.asNode());
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?)?)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private final Graph graph;
    private final Salvage salvage;

    ValueRepairs(Graph graph, Salvage salvage) {
        this.graph = graph;
        this.salvage = salvage;
    }

    void apply() {
        canonicalDecimals();
        temporalIntervals();
        DATES.forEach(this::dates);
        byteSizes();
        checksums();
        new HtmlText(graph, salvage).descriptions();
    }

    /** A date must be a valid xsd:date, xsd:dateTime or xsd:gYear: text that is one gets the type, else it goes. */
    private void dates(Node property) {
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node value = t.getObject();
            if (!value.isLiteral() || isValidDate(value)) {
                continue;
            }
            graph.delete(t);
            String text = value.getLiteralLexicalForm().strip();
            RDFDatatype type = DATE.matcher(text).matches() ? XSDDatatype.XSDdate
                    : DATE_TIME.matcher(text).matches() ? XSDDatatype.XSDdateTime
                    : YEAR.matcher(text).matches() ? XSDDatatype.XSDgYear : null;
            if (type != null && type.isValid(text)) {
                graph.add(t.getSubject(), property, NodeFactory.createLiteralDT(text, type));
                salvage.repaired(property, t.getSubject(), value, "typed as " + type.getURI().replace(XSDDatatype.XSD + "#", "xsd:"));
            } else {
                salvage.dropped(property, t.getSubject(), value, text.isEmpty() ? "empty date" : "not a date");
            }
        }
    }

    private static boolean isValidDate(Node value) {
        String type = value.getLiteralDatatypeURI();
        boolean dateType = type.equals(XSDDatatype.XSDdate.getURI()) || type.equals(XSDDatatype.XSDdateTime.getURI())
                || type.equals(XSDDatatype.XSDgYear.getURI()) || type.equals(XSDDatatype.XSDgYearMonth.getURI())
                || type.equals(XSDDatatype.XSDdateTimeStamp.getURI());
        return dateType && value.getLiteralDatatype().isValid(value.getLiteralLexicalForm());
    }

    /**
     * The store keeps an xsd:decimal by its value and gives it back in canonical form ("5" as "5.0"):
     * written that way first, a rerun finds the record unchanged. The value is the same, so no note.
     */
    private void canonicalDecimals() {
        for (Triple t : graph.find().toList()) {
            Node value = t.getObject();
            if (value.isLiteral() && value.getLiteralDatatypeURI().equals(XSDDatatype.XSDdecimal.getURI())
                    && XSDDatatype.XSDdecimal.isValid(value.getLiteralLexicalForm())) {
                String plain = new BigDecimal(value.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString();
                String canonical = plain.contains(".") ? plain : plain + ".0";
                if (!canonical.equals(value.getLiteralLexicalForm())) {
                    graph.delete(t);
                    graph.add(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal));
                }
            }
        }
    }

    /** DCAT-US writes a period as an ISO 8601 interval ("2009-09-01/2010-05-31"): it becomes a dct:PeriodOfTime. */
    private void temporalIntervals() {
        Node property = DCTerms.temporal.asNode();
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            String[] ends = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm().strip().split("/") : new String[0];
            if (ends.length != 2 || !ISO_INSTANT.matcher(ends[0]).matches() || !ISO_INSTANT.matcher(ends[1]).matches()) {
                continue;
            }
            Node period = NodeFactory.createBlankNode();
            graph.delete(t);
            graph.add(t.getSubject(), property, period);
            graph.add(period, org.apache.jena.vocabulary.RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
            graph.add(period, DCAT.startDate.asNode(), NodeFactory.createLiteralString(ends[0]));
            graph.add(period, DCAT.endDate.asNode(), NodeFactory.createLiteralString(ends[1]));
            salvage.repaired(property, t.getSubject(), t.getObject(), "interval kept as a dct:PeriodOfTime");
        }
    }

    /** A size written as a decimal ({@code 43008.0}) or as text is an integer count of bytes when it is whole. */
    private void byteSizes() {
        Node property = DCAT.byteSize.asNode();
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node value = t.getObject();
            if (!value.isLiteral() || value.getLiteralDatatypeURI().equals(XSDDatatype.XSDnonNegativeInteger.getURI())
                    && XSDDatatype.XSDnonNegativeInteger.isValid(value.getLiteralLexicalForm())) {
                continue;
            }
            graph.delete(t);
            try {
                BigDecimal size = new BigDecimal(value.getLiteralLexicalForm().strip());
                String whole = size.stripTrailingZeros().toPlainString();
                if (size.signum() >= 0 && !whole.contains(".")) {
                    graph.add(t.getSubject(), property, NodeFactory.createLiteralDT(whole, XSDDatatype.XSDnonNegativeInteger));
                    salvage.repaired(property, t.getSubject(), value, "typed as xsd:nonNegativeInteger");
                    continue;
                }
            } catch (NumberFormatException e) {
                // not a number: dropped below
            }
            salvage.dropped(property, t.getSubject(), value, "not a whole number of bytes");
        }
    }

    /** A checksum needs an algorithm and a hexadecimal value; a value given as plain text gets its type. */
    private void checksums() {
        for (Triple link : graph.find(Node.ANY, CHECKSUM, Node.ANY).toList()) {
            Node checksum = link.getObject();
            for (Triple v : graph.find(checksum, CHECKSUM_VALUE, Node.ANY).toList()) {
                Node value = v.getObject();
                if (value.isLiteral() && !value.getLiteralDatatypeURI().equals(XSDDatatype.XSDhexBinary.getURI())
                        && HEX.matcher(value.getLiteralLexicalForm().strip()).matches()
                        && value.getLiteralLexicalForm().strip().length() % 2 == 0) {
                    graph.delete(v);
                    graph.add(checksum, CHECKSUM_VALUE,
                            NodeFactory.createLiteralDT(value.getLiteralLexicalForm().strip(), XSDDatatype.XSDhexBinary));
                    salvage.repaired(CHECKSUM_VALUE, checksum, value, "typed as xsd:hexBinary");
                }
            }
            boolean hasAlgorithm = graph.contains(checksum, ALGORITHM, Node.ANY);
            boolean hasValue = graph.find(checksum, CHECKSUM_VALUE, Node.ANY)
                    .filterKeep(t -> t.getObject().isLiteral()
                            && t.getObject().getLiteralDatatypeURI().equals(XSDDatatype.XSDhexBinary.getURI())).hasNext();
            if (!hasAlgorithm || !hasValue) {
                graph.delete(link);
                removeTree(checksum);
                salvage.dropped(CHECKSUM, link.getSubject(), null, hasAlgorithm
                        ? "no hexadecimal spdx:checksumValue" : "no spdx:algorithm");
            }
        }
    }

    /** A distribution needs a URL to be of any use: one without dcat:accessURL or dcat:downloadURL is dropped. */
    void distributionsWithoutUrl(Node dataset) {
        for (Triple link : graph.find(Node.ANY, DCAT.distribution.asNode(), Node.ANY).toList()) {
            Node distribution = link.getObject();
            boolean hasUrl = graph.find(distribution, DCAT.accessURL.asNode(), Node.ANY).filterKeep(t -> t.getObject().isURI()).hasNext()
                    || graph.find(distribution, DCAT.downloadURL.asNode(), Node.ANY).filterKeep(t -> t.getObject().isURI()).hasNext();
            if (!hasUrl) {
                String title = graph.find(distribution, DCTerms.title.asNode(), Node.ANY).nextOptional()
                        .map(t -> t.getObject().isLiteral() ? " \"" + t.getObject().getLiteralLexicalForm() + "\"" : "").orElse("");
                String where = salvage.describe(distribution, 0);
                graph.delete(link);
                removeTree(distribution);
                salvage.dropped(DCAT.distribution.asNode(), link.getSubject(), null,
                        "the distribution " + (distribution.isURI() ? where : "") + title + " has no URL");
            }
        }
    }

    /** Removes a node's own triples and those of the blank nodes only it leads to. */
    private void removeTree(Node root) {
        Deque<Node> pending = new ArrayDeque<>(List.of(root));
        Set<Node> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Node node = pending.poll();
            if (!seen.add(node)) {
                continue;
            }
            for (Triple t : graph.find(node, Node.ANY, Node.ANY).toList()) {
                graph.delete(t);
                if (t.getObject().isBlank() && !graph.contains(Node.ANY, Node.ANY, t.getObject())) {
                    pending.add(t.getObject());
                }
            }
        }
    }
}
