package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.publish.CatalogFilter;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.publish.Table;
import fr.hautsdeseine.catalog.publish.TableWriters;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The catalog for spreadsheets: {@code /catalog.csv} and {@code /catalog.xlsx} (one row per dataset),
 * {@code /catalog/distributions.csv} and {@code .xlsx} (one row per distribution). They take the
 * filters of {@code /catalog} and hold every record they keep, in one document: they are not paged.
 */
public final class ExportRoutes {
    private static final String CSV = "text/csv; charset=utf-8; header=present";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> PAGING = List.of("page", "page_size", "after");

    private final Publication publication;

    public ExportRoutes(Publication publication) {
        this.publication = publication;
    }

    public void register(RoutesConfig routes) {
        export(routes, "/catalog.csv", publication::datasetTable, Format.CSV, "catalog");
        export(routes, "/catalog.xlsx", publication::datasetTable, Format.XLSX, "catalog");
        export(routes, "/catalog/distributions.csv", publication::distributionTable, Format.CSV, "distributions");
        export(routes, "/catalog/distributions.xlsx", publication::distributionTable, Format.XLSX, "distributions");
    }

    private enum Format { CSV, XLSX }

    /** HEAD runs the same handler (see {@link PublicationRoutes}): harvesters read the type from it. */
    private void export(RoutesConfig routes, String path, Function<CatalogFilter, Table> table, Format format, String name) {
        routes.get(path, ctx -> answer(ctx, table, format, name));
        routes.head(path, ctx -> answer(ctx, table, format, name));
    }

    private void answer(Context ctx, Function<CatalogFilter, Table> table, Format format, String name) {
        for (String parameter : PAGING) {
            if (ctx.queryParam(parameter) != null) {
                throw new ApiException(400, "exports are not paged: they hold every record the filters keep; drop " + parameter);
            }
        }
        CatalogFilter filter = CatalogParameters.read(ctx.queryParamMap()).filter();
        Instant lastChange = publication.lastChange();
        String extension = format == Format.CSV ? "csv" : "xlsx";
        if (HttpCaching.notModified(ctx, HttpCaching.etag(lastChange.toString(), ctx.path(), String.join("&", filter.queryParameters())),
                lastChange)) {
            return;
        }
        ctx.status(200).contentType(format == Format.CSV ? CSV : XLSX);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        if (format == Format.CSV) {
            TableWriters.csv(table.apply(filter), body);
        } else {
            TableWriters.xlsx(table.apply(filter), name, body);
        }
        ctx.result(body.toByteArray());
    }
}
