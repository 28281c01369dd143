package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.site.Lang;

/** One option of a list field: an IRI and its labels. */
public record Choice(String iri, String labelFr, String labelEn) {

    public String label(Lang lang) {
        String label = lang == Lang.EN ? labelEn : labelFr;
        return label.isEmpty() ? (lang == Lang.EN ? labelFr : labelEn) : label;
    }
}
