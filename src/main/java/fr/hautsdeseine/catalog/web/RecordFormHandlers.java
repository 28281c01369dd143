package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.site.Messages;
import fr.hautsdeseine.catalog.accounts.SignIn.SignedIn;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import fr.hautsdeseine.catalog.backoffice.ColumnGuesser;
import fr.hautsdeseine.catalog.backoffice.DatasetForm;
import fr.hautsdeseine.catalog.backoffice.Editing;
import fr.hautsdeseine.catalog.backoffice.FormFields;
import fr.hautsdeseine.catalog.backoffice.RecordEditor;
import fr.hautsdeseine.catalog.backoffice.RecordFormView;
import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.validation.ValidationFailedException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record form: create, edit (a draft), read a column dictionary from a CSV file, publish and
 * withdraw after a confirmation. The form works without JavaScript: its buttons name their action.
 */
final class RecordFormHandlers {
    /** The column dictionary needs the header and a few rows: the rest of a sample is not read. */
    private static final int CSV_SAMPLE_BYTES = 1024 * 1024;

    private final BackOfficePages pages;
    private final RecordEditor editor;
    private final ColumnGuesser columns = new ColumnGuesser();

    RecordFormHandlers(BackOfficePages pages, RecordEditor editor) {
        this.pages = pages;
        this.editor = editor;
    }

    void blank(Context ctx) {
        SignedIn user = pages.require(ctx);
        show(ctx, 200, user, editor.blank(user.account()), "");
    }

    void open(Context ctx) {
        SignedIn user = pages.require(ctx);
        Editing editing = editor.open(user.account(), id(ctx));
        String notice = ctx.queryParam("saved") != null ? "record.saved"
                : ctx.queryParam("published") != null ? "record.published"
                : ctx.queryParam("restored") != null ? "record.restored" : "";
        show(ctx, 200, user, editing, notice.isEmpty() ? "" : words(ctx, user).get(notice));
    }

    void create(Context ctx) {
        post(ctx, "");
    }

    void update(Context ctx) {
        post(ctx, id(ctx));
    }

    private void post(Context ctx, String id) {
        SignedIn user = pages.requireForm(ctx);
        FormFields fields = new FormFields(ctx.formParamMap());
        DatasetForm form = fields.read();
        var t = words(ctx, user);
        switch (fields.action()) {
            case "add-distribution" -> show(ctx, 200, user, editor.unsaved(id, form.withOneMoreDistribution()),
                    t.get("record.rowAdded"));
            case "add-column" -> show(ctx, 200, user, editor.unsaved(id, form.withOneMoreColumn()), t.get("record.rowAdded"));
            case "read-csv" -> readCsv(ctx, user, id, form);
            default -> {
                Editing saved = editor.save(user.account(), id, form);
                if (saved.draft() && !saved.isNew() && (id.isEmpty() || saved.id().equals(id))) {
                    pages.redirect(ctx, "/admin/datasets/" + saved.id() + "?saved=1");
                } else {
                    show(ctx, 422, user, saved, "");
                }
            }
        }
    }

    private void readCsv(Context ctx, SignedIn user, String id, DatasetForm form) {
        var t = words(ctx, user);
        UploadedFile file = ctx.uploadedFile("csv");
        if (file == null || file.size() == 0) {
            show(ctx, 422, user, editor.unsaved(id, form), t.get("record.csvMissing"));
            return;
        }
        try (InputStream in = file.content()) {
            List<DatasetForm.Column> read = columns.columns(in.readNBytes(CSV_SAMPLE_BYTES));
            show(ctx, 200, user, editor.unsaved(id, form.withColumns(read)),
                    t.format("record.csvRead", String.join(", ", read.stream().map(DatasetForm.Column::name).toList())));
        } catch (IllegalArgumentException e) {
            show(ctx, 422, user, editor.unsaved(id, form), t.format("record.csvError", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void confirmPublish(Context ctx) {
        SignedIn user = pages.require(ctx);
        Editing editing = editor.open(user.account(), id(ctx));
        if (!editing.draft()) {
            pages.redirect(ctx, "/admin/datasets/" + editing.id());
            return;
        }
        confirm(ctx, 200, user, editing, "publish");
    }

    void publish(Context ctx) {
        SignedIn user = pages.requireForm(ctx);
        String id = id(ctx);
        try {
            editor.publish(user.account(), id);
            pages.redirect(ctx, "/admin/datasets/" + id + "?published=1");
        } catch (ValidationFailedException refused) {
            confirm(ctx, 422, user, editor.open(user.account(), id), "publish");
        }
    }

    void confirmWithdraw(Context ctx) {
        SignedIn user = pages.require(ctx);
        confirm(ctx, 200, user, editor.open(user.account(), id(ctx)), "withdraw");
    }

    void withdraw(Context ctx) {
        SignedIn user = pages.requireForm(ctx);
        editor.withdraw(user.account(), id(ctx));
        pages.redirect(ctx, "/admin?withdrawn=" + id(ctx));
    }

    void confirmDiscard(Context ctx) {
        SignedIn user = pages.require(ctx);
        Editing editing = editor.open(user.account(), id(ctx));
        if (!editing.draft()) {
            pages.redirect(ctx, "/admin/datasets/" + editing.id());
            return;
        }
        confirm(ctx, 200, user, editing, "discard");
    }

    void discard(Context ctx) {
        SignedIn user = pages.requireForm(ctx);
        String id = id(ctx);
        boolean published = editor.open(user.account(), id).published();
        editor.discard(user.account(), id);
        pages.redirect(ctx, published ? "/admin/datasets/" + id : "/admin");
    }

    private void confirm(Context ctx, int status, SignedIn user, Editing editing, String action) {
        BackOfficeFrame frame = pages.frame(ctx, "confirm." + action + "Title", Optional.of(user));
        boolean blocked = action.equals("publish") && editing.violations() > 0;
        pages.render(ctx, blocked ? 422 : status, "confirm.jte", frame, Map.of("editing", editing, "action", action,
                "question", frame.t().get("confirm." + action + "Question"), "blocked", blocked));
    }

    private void show(Context ctx, int status, SignedIn user, Editing editing, String notice) {
        BackOfficeFrame frame = pages.frame(ctx, editing.isNew() ? "record.new" : "record.edit", Optional.of(user));
        RecordFormView view = new RecordFormView(editing, editor.rules(), editor.choices(), frame.site().lang(),
                frame.t(), notice);
        pages.render(ctx, status, "record.jte", frame, Map.of("v", view));
    }

    private Messages.Words words(Context ctx, SignedIn user) {
        return pages.frame(ctx, "dashboard.title", Optional.of(user)).t();
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!RecordIds.isValidId(id)) {
            throw BackOfficeException.refused(404, "forbidden.notFound", "'" + id + "' is not a record id");
        }
        return id;
    }
}
