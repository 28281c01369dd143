package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceUrls;
import io.javalin.http.Context;

/** {@code /admin/harvest}: the sources and their recent runs, as a plain HTML page (admin token as bearer). */
final class HarvestAdminPage {
    private final HarvestService harvest;
    private final AdminAuth auth;

    HarvestAdminPage(HarvestService harvest, AdminAuth auth) {
        this.harvest = harvest;
        this.auth = auth;
    }

    void show(Context ctx) {
        auth.require(ctx);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"><title>Moissonnage des partenaires</title></head>
                <body><main><h1>Moissonnage des partenaires</h1>
                """);
        if (harvest.sources().isEmpty()) {
            html.append("<p>Aucune source.</p>\n");
        }
        for (HarvestSource source : harvest.sources()) {
            html.append("<section><h2>").append(escape(source.name())).append("</h2>\n<p>")
                    .append(escape(source.type().label())).append(" · ").append(escape(SourceUrls.masked(source.url()))).append(" · ")
                    .append(source.every().map(d -> "toutes les " + escape(d.toString())).orElse("à la demande"))
                    .append(harvest.isRunning(source.name()) ? " · <strong>en cours</strong>" : "").append("</p>\n")
                    .append("<table><thead><tr><th>début</th><th>état</th><th>durée (ms)</th><th>nouveaux</th>"
                            + "<th>modifiés</th><th>inchangés</th><th>retirés</th><th>invalides</th><th>échecs</th>"
                            + "<th>erreurs</th></tr></thead><tbody>\n");
            for (HarvestReport report : harvest.reports(source.name(), 20)) {
                HarvestReport.Counts c = report.counts();
                html.append("<tr><td>").append(escape(report.started())).append("</td><td>").append(report.status())
                        .append("</td><td>").append(report.durationMillis()).append("</td><td>").append(c.created())
                        .append("</td><td>").append(c.updated()).append("</td><td>").append(c.unchanged())
                        .append("</td><td>").append(c.withdrawn()).append("</td><td>").append(c.invalid())
                        .append("</td><td>").append(c.failed()).append("</td><td>")
                        .append(escape(String.join("; ", report.errors()))).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n<p><button type=\"button\" class=\"preview\" data-url=\"../api/harvest/sources/")
                    .append(escape(source.name())).append("/preview\">Aperçu : moissonner sans rien enregistrer</button></p>\n")
                    .append("<pre class=\"preview-result\" aria-live=\"polite\"></pre></section>\n");
        }
        html.append("</main>\n<script>\n").append(PREVIEW_SCRIPT).append("</script></body></html>\n");
        ctx.header("Cache-Control", "no-store").html(html.toString());
    }

    /**
     * The preview button calls the admin API, which takes the admin token as bearer: the page asks for it
     * once and keeps it for the browser tab only (sessionStorage).
     */
    private static final String PREVIEW_SCRIPT = """
            document.querySelectorAll('button.preview').forEach(button => button.addEventListener('click', async () => {
              const out = button.parentElement.nextElementSibling;
              const token = sessionStorage.getItem('catalogAdminToken') || prompt("Jeton d'administration");
              if (!token) { return; }
              sessionStorage.setItem('catalogAdminToken', token);
              out.textContent = 'Aperçu en cours…';
              const answer = await fetch(button.dataset.url, {method: 'POST', headers: {Authorization: 'Bearer ' + token}});
              const report = await answer.json();
              if (!answer.ok) { out.textContent = answer.status + ' ' + JSON.stringify(report); return; }
              const c = report.counts;
              const lines = ['Aperçu (rien n\\'a été enregistré) : ' + (report.complete ? 'lecture complète' : 'échec'),
                'à créer ' + c.created + ', à modifier ' + c.updated + ', inchangés ' + c.unchanged + ', à retirer '
                  + c.withdrawn + ', en attente de retrait ' + report.pendingWithdrawal.length + ', refusés '
                  + (c.invalid + c.failed)];
              report.rejected.forEach(r => lines.push('refusé ' + (r.record || '') + ' : ' + r.reason));
              report.pendingWithdrawal.forEach(p => lines.push('retrait le ' + p.withdrawOn + ' : ' + p.record));
              report.notes.forEach(n => lines.push((n.record || '') + ' : ' + n.note));
              report.errors.forEach(e => lines.push('erreur : ' + e));
              out.textContent = lines.join('\\n');
            }));
            """;

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
