package fr.hautsdeseine.catalog.generate;

import java.util.ArrayList;
import java.util.List;

/** The fixed material the generator draws from: publishers, subjects, columns, file formats. */
final class GeneratorPools {
    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";

    record Publisher(String slug, String nameFr, String nameEn, String type, String homepage, String email) {
    }

    /** A subject of datasets: its titles, EU data themes, keywords, and an HVD category when it has one. */
    record Topic(String titleFr, String titleEn, List<String> themes, List<String> keywords, String hvdCategory) {
    }

    record Column(String name, String titleFr, String datatype, String descriptionFr) {
    }

    /** A distribution format: EU file-type code, IANA media type, title; an API has no download URL. */
    record Format(String code, String mediaType, String titleFr, String extension, boolean api) {
    }

    private static final List<String> COMMUNES = List.of("Antony", "Asnières-sur-Seine", "Bagneux", "Bois-Colombes",
            "Boulogne-Billancourt", "Bourg-la-Reine", "Châtenay-Malabry", "Châtillon", "Chaville", "Clamart",
            "Clichy", "Colombes", "Courbevoie", "Fontenay-aux-Roses", "Garches", "Gennevilliers",
            "Issy-les-Moulineaux", "Levallois-Perret", "Malakoff", "Meudon", "Montrouge", "Nanterre",
            "Neuilly-sur-Seine", "Puteaux");

    static final List<Publisher> PUBLISHERS = publishers();

    static final List<Topic> TOPICS = List.of(
            new Topic("Équipements sportifs", "Sports facilities", List.of("SOCI", "HEAL"), List.of("sport", "gymnase", "stade", "piscine", "équipement public"), null),
            new Topic("Collèges publics et privés", "Public and private secondary schools", List.of("EDUC"), List.of("collège", "éducation", "établissement scolaire", "effectifs", "carte scolaire"), null),
            new Topic("Arbres d'alignement", "Street trees", List.of("ENVI"), List.of("arbres", "espaces verts", "biodiversité", "patrimoine arboré", "végétalisation"), "c_dd313021"),
            new Topic("Qualité de l'air", "Air quality", List.of("ENVI", "HEAL"), List.of("qualité de l'air", "pollution", "particules fines", "mesures", "santé environnementale"), "c_dd313021"),
            new Topic("Stationnement public", "Public parking", List.of("TRAN"), List.of("stationnement", "parkings", "voirie", "mobilité", "places PMR"), "c_b79e35eb"),
            new Topic("Pistes cyclables", "Cycle lanes", List.of("TRAN", "ENVI"), List.of("vélo", "pistes cyclables", "mobilité douce", "aménagement", "voirie"), "c_b79e35eb"),
            new Topic("Budget primitif", "Initial budget", List.of("GOVE", "ECON"), List.of("budget", "finances publiques", "dépenses", "recettes", "comptabilité"), null),
            new Topic("Subventions aux associations", "Grants to associations", List.of("GOVE", "SOCI"), List.of("subventions", "associations", "vie associative", "transparence", "montants"), null),
            new Topic("Marchés publics attribués", "Public contracts awarded", List.of("GOVE", "ECON"), List.of("marchés publics", "commande publique", "attributaires", "achats", "transparence"), null),
            new Topic("Délibérations du conseil", "Council decisions", List.of("GOVE", "JUST"), List.of("délibérations", "conseil", "actes administratifs", "séances", "vote"), null),
            new Topic("Population par IRIS", "Population by statistical area", List.of("SOCI", "REGI"), List.of("population", "recensement", "démographie", "IRIS", "Insee"), "c_e1da4e07"),
            new Topic("Limites administratives", "Administrative boundaries", List.of("REGI"), List.of("limites", "communes", "cartographie", "découpage", "géographie"), "c_ac64a52d"),
            new Topic("Cadastre et parcelles", "Land parcels", List.of("REGI", "ECON"), List.of("cadastre", "parcelles", "foncier", "urbanisme", "géographie"), "c_ac64a52d"),
            new Topic("Crèches et haltes-garderies", "Nurseries and day-care", List.of("SOCI", "EDUC"), List.of("petite enfance", "crèches", "accueil", "familles", "places"), null),
            new Topic("Bibliothèques et médiathèques", "Libraries", List.of("EDUC", "SOCI"), List.of("bibliothèques", "lecture publique", "culture", "horaires", "prêts"), null),
            new Topic("Monuments historiques", "Historic monuments", List.of("EDUC", "REGI"), List.of("patrimoine", "monuments", "histoire", "architecture", "protection"), null),
            new Topic("Collections muséales", "Museum collections", List.of("EDUC"), List.of("musée", "collections", "œuvres", "inventaire", "patrimoine"), null),
            new Topic("Fonds d'archives numérisés", "Digitised archives", List.of("EDUC", "GOVE"), List.of("archives", "numérisation", "état civil", "histoire locale", "généalogie"), null),
            new Topic("Consommation d'énergie des bâtiments", "Energy use of buildings", List.of("ENER", "ENVI"), List.of("énergie", "consommation", "bâtiments publics", "chauffage", "sobriété"), null),
            new Topic("Collecte des déchets", "Waste collection", List.of("ENVI"), List.of("déchets", "collecte", "tri sélectif", "recyclage", "tonnages"), "c_dd313021"),
            new Topic("Offres d'emploi et d'insertion", "Job and integration offers", List.of("ECON", "SOCI"), List.of("emploi", "insertion", "RSA", "accompagnement", "formation"), null),
            new Topic("Entreprises artisanales", "Craft businesses", List.of("ECON"), List.of("artisanat", "entreprises", "répertoire des métiers", "commerce", "Siren"), "c_a9135398"),
            new Topic("Fréquentation des transports", "Public transport ridership", List.of("TRAN"), List.of("transports en commun", "fréquentation", "gares", "bus", "tramway"), "c_b79e35eb"),
            new Topic("Relevés météorologiques", "Weather observations", List.of("ENVI", "TECH"), List.of("météo", "températures", "précipitations", "stations", "climat"), "c_164e0bf5"),
            new Topic("Accidents de la circulation", "Road accidents", List.of("TRAN", "JUST"), List.of("sécurité routière", "accidents", "voirie", "victimes", "prévention"), null),
            new Topic("Résultats électoraux", "Election results", List.of("GOVE"), List.of("élections", "résultats", "bureaux de vote", "participation", "scrutin"), null),
            new Topic("Aides sociales versées", "Social benefits paid", List.of("SOCI", "ECON"), List.of("aide sociale", "solidarité", "APA", "handicap", "allocations"), null),
            new Topic("Parcs et jardins", "Parks and gardens", List.of("ENVI", "SOCI"), List.of("parcs", "jardins", "espaces verts", "promenade", "horaires d'ouverture"), null));

    static final List<String> EXTRA_KEYWORDS = List.of("données ouvertes", "Hauts-de-Seine", "géolocalisation",
            "open data", "service public", "territoire", "statistiques", "référentiel", "cartographie",
            "Île-de-France", "collectivité", "citoyenneté", "qualité", "évolution annuelle", "indicateurs");

    static final List<Column> COLUMNS = List.of(
            new Column("identifiant", "Identifiant", "string", "Identifiant unique de l'enregistrement."),
            new Column("nom", "Nom", "string", "Nom usuel de l'élément décrit."),
            new Column("libelle", "Libellé", "string", "Libellé complet, tel qu'affiché au public."),
            new Column("commune", "Commune", "string", "Commune où se situe l'élément."),
            new Column("code_insee", "Code Insee", "string", "Code officiel géographique de la commune."),
            new Column("adresse", "Adresse", "string", "Adresse postale (numéro, voie)."),
            new Column("code_postal", "Code postal", "string", "Code postal de l'adresse."),
            new Column("latitude", "Latitude", "decimal", "Latitude en degrés décimaux (WGS 84)."),
            new Column("longitude", "Longitude", "decimal", "Longitude en degrés décimaux (WGS 84)."),
            new Column("date_creation", "Date de création", "date", "Date de création ou de mise en service."),
            new Column("date_maj", "Date de mise à jour", "date", "Date de la dernière mise à jour de la ligne."),
            new Column("annee", "Année", "integer", "Année de référence de la mesure."),
            new Column("montant", "Montant (€)", "decimal", "Montant en euros, toutes taxes comprises."),
            new Column("effectif", "Effectif", "integer", "Nombre de personnes concernées."),
            new Column("capacite", "Capacité", "integer", "Capacité d'accueil déclarée."),
            new Column("categorie", "Catégorie", "string", "Catégorie selon la nomenclature du service."),
            new Column("sous_categorie", "Sous-catégorie", "string", "Précision de la catégorie."),
            new Column("statut", "Statut", "string", "Statut administratif (ouvert, fermé, en travaux…)."),
            new Column("gestionnaire", "Gestionnaire", "string", "Organisme qui gère l'élément."),
            new Column("telephone", "Téléphone", "string", "Numéro de téléphone du point de contact."),
            new Column("site_web", "Site web", "anyURI", "Adresse du site web, lorsqu'elle existe."),
            new Column("horaires", "Horaires", "string", "Horaires d'ouverture au public."),
            new Column("accessibilite_pmr", "Accessibilité PMR", "boolean", "Accessible aux personnes à mobilité réduite."),
            new Column("surface_m2", "Surface (m²)", "decimal", "Surface en mètres carrés."),
            new Column("valeur", "Valeur", "decimal", "Valeur mesurée, dans l'unité indiquée."),
            new Column("unite", "Unité", "string", "Unité de la valeur mesurée."),
            new Column("taux", "Taux (%)", "decimal", "Taux exprimé en pourcentage."),
            new Column("observations", "Observations", "string", "Remarques libres des agents."),
            new Column("geo_shape", "Géométrie", "string", "Géométrie GeoJSON de l'élément."),
            new Column("source", "Source", "string", "Origine de l'information."),
            new Column("reference_externe", "Référence externe", "string", "Identifiant dans le système d'origine."),
            new Column("date_debut", "Date de début", "date", "Début de la période couverte."),
            new Column("date_fin", "Date de fin", "date", "Fin de la période couverte."),
            new Column("beneficiaire", "Bénéficiaire", "string", "Bénéficiaire de l'aide ou du marché."),
            new Column("nombre", "Nombre", "integer", "Nombre d'occurrences comptées."));

    static final List<Format> FORMATS = List.of(
            new Format("CSV", "text/csv", "Export CSV (séparateur point-virgule)", "csv", false),
            new Format("JSON", "application/json", "Export JSON", "json", false),
            new Format("GEOJSON", "application/geo+json", "Export GeoJSON", "geojson", false),
            new Format("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Export Excel", "xlsx", false),
            new Format("SHP", "application/zip", "Export Shapefile (archive ZIP)", "shp", false),
            new Format("KML", "application/vnd.google-earth.kml+xml", "Export KML", "kml", false),
            new Format("JSON", "application/json", "API Explore v2.1 (enregistrements JSON)", "api", true));

    static final List<String> FREQUENCIES = List.of("ANNUAL", "MONTHLY", "QUARTERLY", "DAILY", "WEEKLY", "IRREG", "NEVER");

    static final String LICENCE_OUVERTE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence";
    static final String ODBL = "http://opendatacommons.org/licenses/odbl/1-0/";

    private GeneratorPools() {
    }

    private static List<Publisher> publishers() {
        String local = PUBLISHER_TYPE + "LocalAuthority";
        String regional = PUBLISHER_TYPE + "RegionalAuthority";
        List<Publisher> publishers = new ArrayList<>(List.of(
                new Publisher("departement-des-hauts-de-seine", "Département des Hauts-de-Seine", "Hauts-de-Seine Department", local, "https://www.hauts-de-seine.fr/", "opendata@hauts-de-seine.fr"),
                new Publisher("archives-departementales-des-hauts-de-seine", "Archives départementales des Hauts-de-Seine", "Hauts-de-Seine Departmental Archives", local, "https://archives.hauts-de-seine.fr/", "archives@hauts-de-seine.fr"),
                new Publisher("musee-departemental-albert-kahn", "Musée départemental Albert-Kahn", "Albert-Kahn Departmental Museum", local, "https://albert-kahn.hauts-de-seine.fr/", "collections.albert-kahn@hauts-de-seine.fr"),
                new Publisher("paris-la-defense", "Paris La Défense", "Paris La Défense (public development body)", local, "https://parisladefense.com/", "contact@parisladefense.com"),
                new Publisher("ile-de-france-mobilites", "Île-de-France Mobilités", "Île-de-France Mobilités (regional transport authority)", regional, "https://www.iledefrance-mobilites.fr/", "opendata@iledefrance-mobilites.fr"),
                new Publisher("chambre-de-metiers-et-de-lartisanat-des-hauts-de-seine", "Chambre de métiers et de l'artisanat des Hauts-de-Seine", "Hauts-de-Seine Chamber of Trades and Crafts", regional, "https://www.cma-idf.fr/", "contact@cma-idf.fr")));
        for (String commune : COMMUNES) {
            String slug = Slugs.of("ville-de-" + commune);
            publishers.add(new Publisher(slug, "Ville de " + commune, "City of " + commune, local,
                    "https://www." + Slugs.of(commune) + ".fr/", "opendata@" + Slugs.of(commune) + ".fr"));
        }
        return List.copyOf(publishers);
    }

    static String commune(int index) {
        return COMMUNES.get(index % COMMUNES.size());
    }

    static int communeCount() {
        return COMMUNES.size();
    }
}
