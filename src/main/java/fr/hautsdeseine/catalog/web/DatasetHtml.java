package fr.hautsdeseine.catalog.web;

import io.javalin.http.Context;

/**
 * The HTML page of a dataset, what a browser gets at {@code /datasets/{id}}. The route has already
 * negotiated HTML and checked that the record exists before {@link #render} is called.
 */
public interface DatasetHtml {
    /** Writes the page of the record {@code id} (status 200). */
    void render(Context ctx, String id);

    /** Writes the page saying there is no record {@code id} (status 404). */
    void notFound(Context ctx, String id);
}
