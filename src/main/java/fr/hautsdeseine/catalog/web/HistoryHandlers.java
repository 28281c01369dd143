package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.accounts.SignIn.SignedIn;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import fr.hautsdeseine.catalog.backoffice.RecordEditor;
import fr.hautsdeseine.catalog.backoffice.RecordHistory;
import fr.hautsdeseine.catalog.ingest.RecordIds;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A record's history: its published versions, a diff of two, and restoring one as the draft. */
final class HistoryHandlers {
    private final BackOfficePages pages;
    private final RecordEditor editor;

    HistoryHandlers(BackOfficePages pages, RecordEditor editor) {
        this.pages = pages;
        this.editor = editor;
    }

    void show(Context ctx) {
        SignedIn user = pages.require(ctx);
        String id = id(ctx);
        List<RecordHistory.Version> versions = new ArrayList<>(editor.history(user.account(), id));
        Collections.reverse(versions);
        Optional<Long> from = sequence(ctx.queryParam("from"));
        Optional<Long> to = sequence(ctx.queryParam("to"));
        List<RecordHistory.Difference> diff = from.isPresent() && to.isPresent()
                ? editor.diff(user.account(), id, from.get(), to.get()) : List.of();
        BackOfficeFrame frame = pages.frame(ctx, "history.title", Optional.of(user));
        pages.render(ctx, 200, "history.jte", frame, Map.of("id", id, "versions", versions,
                "from", from.orElse(0L), "to", to.orElse(0L), "diff", diff, "compared", from.isPresent() && to.isPresent()));
    }

    void restore(Context ctx) {
        SignedIn user = pages.requireForm(ctx);
        String id = id(ctx);
        long sequence = sequence(ctx.formParam("sequence")).orElseThrow(() ->
                BackOfficeException.refused(404, "forbidden.notFound", "No version given"));
        editor.restore(user.account(), id, sequence);
        pages.redirect(ctx, "/admin/datasets/" + id + "?restored=" + sequence);
    }

    private static Optional<Long> sequence(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!RecordIds.isValidId(id)) {
            throw BackOfficeException.refused(404, "forbidden.notFound", "'" + id + "' is not a record id");
        }
        return id;
    }
}
