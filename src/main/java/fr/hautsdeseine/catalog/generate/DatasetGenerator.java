package fr.hautsdeseine.catalog.generate;

import fr.hautsdeseine.catalog.generate.GeneratorPools.Column;
import fr.hautsdeseine.catalog.generate.GeneratorPools.Format;
import fr.hautsdeseine.catalog.generate.GeneratorPools.Publisher;
import fr.hautsdeseine.catalog.generate.GeneratorPools.Topic;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;

/**
 * Describes the dataset number {@code index} of a generated catalog: the dataset block (with its
 * contact point, coverage and notice nested) and one block per distribution. Each dataset draws from
 * its own random stream seeded by (seed, index), so dataset 7 is the same in a catalog of 10 or 10,000.
 */
final class DatasetGenerator {
    static final String CSVW = "http://www.w3.org/ns/csvw#";
    static final String LOCN = "http://www.w3.org/ns/locn#";
    static final String GSP = "http://www.opengis.net/ont/geosparql#";
    private static final Property CSVW_TABLE_SCHEMA = ResourceFactory.createProperty(CSVW + "tableSchema");
    private static final Property CSVW_COLUMN = ResourceFactory.createProperty(CSVW + "column");
    private static final Property CSVW_NAME = ResourceFactory.createProperty(CSVW + "name");
    private static final Property CSVW_TITLE = ResourceFactory.createProperty(CSVW + "title");
    private static final Property CSVW_DATATYPE = ResourceFactory.createProperty(CSVW + "datatype");
    private static final Property LOCN_GEOMETRY = ResourceFactory.createProperty(LOCN + "geometry");
    private static final LocalDate NEWEST = LocalDate.of(2025, 12, 31);

    private final long seed;
    private final String base;

    DatasetGenerator(long seed, String base) {
        this.seed = seed;
        this.base = base;
    }

    List<Description> describe(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Topic topic = pick(random, GeneratorPools.TOPICS);
        Publisher publisher = pick(random, GeneratorPools.PUBLISHERS);
        String place = GeneratorPools.commune(random.nextInt(GeneratorPools.communeCount()));
        int year = 1995 + random.nextInt(29);
        String id = String.format(Locale.ROOT, "%s-%s-%06d", Slugs.of(topic.titleFr()), Slugs.of(place), index);
        String iri = base + "/datasets/" + id;
        boolean hvd = topic.hvdCategory() != null && random.nextInt(3) == 0;
        String licence = random.nextInt(5) == 0 ? GeneratorPools.ODBL : GeneratorPools.LICENCE_OUVERTE;
        LocalDate issued = LocalDate.of(2013, 1, 1).plusDays(random.nextInt(3000));
        LocalDate modified = issued.plusDays(random.nextInt((int) (NEWEST.toEpochDay() - issued.toEpochDay())));

        Description dataset = Description.of(iri)
                .add(RDF.type, DCAT.Dataset.asNode())
                .add(DCTerms.identifier, NodeFactory.createLiteralString(id))
                .add(DCTerms.title, fr(topic.titleFr() + " – " + place + " (" + year + ")"));
        if (random.nextBoolean()) {
            dataset.add(DCTerms.title, en(topic.titleEn() + " – " + place + " (" + year + ")"));
        }
        dataset.add(DCTerms.description, fr("Jeu de données « " + topic.titleFr() + " » de " + place + ", publié par "
                        + publisher.nameFr() + " depuis " + year + ". Chaque ligne décrit un élément géolocalisé ;"
                        + " les données sont vérifiées par le service producteur avant publication."))
                .add(DCTerms.publisher, iri(base + "/publishers/" + publisher.slug()))
                .add(DCAT.contactPoint, Description.blank()
                        .add(RDF.type, VCARD4.Organization.asNode(), VCARD4.Kind.asNode())
                        .add(VCARD4.fn, NodeFactory.createLiteralString(publisher.nameFr() + " – service des données"))
                        .add(VCARD4.hasEmail, iri("mailto:" + publisher.email())))
                .add(DCAT.theme, themes(topic, hvd))
                .add(DCAT.keyword, keywords(random, topic))
                .add(DCTerms.accrualPeriodicity, iri(GeneratorPools.AUTHORITY + "frequency/" + pick(random, GeneratorPools.FREQUENCIES)))
                .add(DCTerms.temporal, period(random, year))
                .add(DCTerms.spatial, location(random))
                .add(DCTerms.language, iri(GeneratorPools.AUTHORITY + "language/FRA"))
                .add(DCTerms.accessRights, iri(GeneratorPools.AUTHORITY + "access-right/PUBLIC"))
                .add(DCTerms.issued, date(issued))
                .add(DCTerms.modified, date(modified));
        if (hvd) {
            dataset.add(DCATAP.applicableLegislation, DCATAP.HVD_REGULATION.asNode())
                    .add(DCATAP.hvdCategory, iri("http://data.europa.eu/bna/" + topic.hvdCategory()));
        }
        List<Description> distributions = distributions(random, id, iri, licence, modified, hvd);
        dataset.add(DCAT.distribution, distributions.stream().map(Description::subject).toArray(Node[]::new))
                .add(HDS.notice, notice(random, topic, place, publisher));
        List<Description> blocks = new ArrayList<>();
        blocks.add(dataset);
        blocks.addAll(distributions);
        return blocks;
    }

    private static Node[] themes(Topic topic, boolean hvd) {
        List<Node> themes = new ArrayList<>();
        topic.themes().forEach(code -> themes.add(iri(GeneratorPools.AUTHORITY + "data-theme/" + code)));
        if (hvd) {
            // Harvesters recognise an HVD only through dcat:theme, so the category is given there too.
            themes.add(iri("http://data.europa.eu/bna/" + topic.hvdCategory()));
        }
        return themes.toArray(Node[]::new);
    }

    private static Node[] keywords(SplittableRandom random, Topic topic) {
        Set<String> keywords = new LinkedHashSet<>(topic.keywords().subList(0, 2 + random.nextInt(4)));
        int wanted = 3 + random.nextInt(8);
        while (keywords.size() < wanted) {
            keywords.add(pick(random, GeneratorPools.EXTRA_KEYWORDS));
        }
        return keywords.stream().map(DatasetGenerator::fr).toArray(Node[]::new);
    }

    private static Description period(SplittableRandom random, int year) {
        Description period = Description.blank()
                .add(RDF.type, DCTerms.PeriodOfTime.asNode())
                .add(DCAT.startDate, date(LocalDate.of(year, 1, 1)));
        if (random.nextInt(3) > 0) {
            period.add(DCAT.endDate, date(LocalDate.of(Math.min(year + 1 + random.nextInt(10), 2025), 12, 31)));
        }
        return period;
    }

    private static Description location(SplittableRandom random) {
        double west = 2.146 + random.nextInt(100) / 1000.0;
        double south = 48.729 + random.nextInt(120) / 1000.0;
        double east = west + 0.01 + random.nextInt(80) / 1000.0;
        double north = south + 0.01 + random.nextInt(90) / 1000.0;
        String wkt = String.format(Locale.ROOT, "POLYGON((%.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f))",
                west, south, east, south, east, north, west, north, west, south);
        Node literal = NodeFactory.createLiteralDT(wkt, SharedResources.WKT);
        return Description.blank()
                .add(RDF.type, DCTerms.Location.asNode())
                .add(LOCN_GEOMETRY, literal)
                .add(DCAT.bbox, literal);
    }

    private static List<Description> distributions(SplittableRandom random, String id, String iri, String licence,
                                                   LocalDate modified, boolean hvd) {
        // Mostly 1 to 3 distributions, at most 6, never the same format twice.
        int count = Math.min(GeneratorPools.FORMATS.size() - 1, 1 + random.nextInt(3) + (random.nextInt(5) == 0 ? random.nextInt(4) : 0));
        List<Format> formats = new ArrayList<>(GeneratorPools.FORMATS);
        List<Description> distributions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Format format = formats.remove(random.nextInt(formats.size()));
            String explore = "https://opendata.hauts-de-seine.fr/api/explore/v2.1/catalog/datasets/" + id;
            Description distribution = Description.of(iri + "#" + format.extension())
                    .add(RDF.type, DCAT.Distribution.asNode())
                    .add(DCTerms.title, fr(format.titleFr()));
            if (format.api()) {
                distribution.add(DCAT.accessURL, iri(explore + "/records"));
            } else {
                distribution.add(DCAT.accessURL, iri("https://opendata.hauts-de-seine.fr/explore/dataset/" + id + "/export/"))
                        .add(DCAT.downloadURL, iri(explore + "/exports/" + format.extension()))
                        .add(DCAT.byteSize, NodeFactory.createLiteralDT(Integer.toString(1024 + random.nextInt(50_000_000)),
                                XSDDatatype.XSDnonNegativeInteger));
            }
            distribution.add(DCTerms.format, iri(GeneratorPools.AUTHORITY + "file-type/" + format.code()))
                    .add(DCAT.mediaType, iri(SharedResources.IANA + format.mediaType()))
                    .add(DCTerms.modified, date(modified))
                    .add(DCTerms.license, iri(licence));
            if (hvd) {
                distribution.add(DCATAP.applicableLegislation, DCATAP.HVD_REGULATION.asNode());
            }
            distributions.add(distribution);
        }
        return distributions;
    }

    private static Description notice(SplittableRandom random, Topic topic, String place, Publisher publisher) {
        // Mostly 5 to 7 columns, one file in ten up to 30.
        int count = random.nextInt(10) == 0 ? 10 + random.nextInt(21) : 5 + random.nextInt(3);
        List<Column> pool = new ArrayList<>(GeneratorPools.COLUMNS);
        List<Description> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Column column = pool.remove(random.nextInt(pool.size()));
            columns.add(Description.blank()
                    .add(RDF.type, iri(CSVW + "Column"))
                    .add(CSVW_NAME, NodeFactory.createLiteralString(column.name()))
                    .add(CSVW_TITLE, fr(column.titleFr()))
                    .add(CSVW_DATATYPE, iri(XSD.getURI() + column.datatype()))
                    .add(DCTerms.description, fr(column.descriptionFr())));
        }
        return Description.blank()
                .add(RDF.type, HDS.Notice.asNode())
                .add(DCTerms.description, fr("Données « " + topic.titleFr().toLowerCase(Locale.FRENCH) + " » de " + place
                        + ", telles que les tient " + publisher.nameFr() + "."))
                .add(HDS.production, fr("Extraction du système d'information de " + publisher.nameFr() + ", contrôlée par le service producteur."))
                .add(HDS.updatePolicy, fr("Mise à jour à chaque évolution notable, au moins une fois par an."))
                .add(HDS.caveats, fr("Les coordonnées sont approchées ; certaines lignes anciennes sont incomplètes."))
                .add(CSVW_TABLE_SCHEMA, Description.blank()
                        .add(RDF.type, iri(CSVW + "Schema"))
                        .addList(CSVW_COLUMN, columns));
    }

    private static <T> T pick(SplittableRandom random, List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node fr(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }
}
