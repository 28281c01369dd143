package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a screen: keeps its cookies, reads the CSRF token of the page it last fetched, posts forms. */
final class BackOfficeClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final TestCatalog catalog;
    private final CookieManager cookies;
    private final HttpClient http;
    private String lastCsrf = "";

    BackOfficeClient(TestCatalog catalog) {
        this(catalog, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private BackOfficeClient(TestCatalog catalog, CookieManager cookies) {
        this.catalog = catalog;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same browser, its cookies and all, talking to another server (the same one restarted, say). */
    BackOfficeClient on(TestCatalog other) {
        return new BackOfficeClient(other, cookies);
    }

    /** The value of a cookie the browser holds, or empty. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    HttpResponse<String> get(String pathOrUrl) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
        Matcher csrf = CSRF.matcher(response.body());
        if (csrf.find()) {
            lastCsrf = csrf.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    HttpResponse<String> post(String path, String... nameValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", lastCsrf);
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], nameValues[i + 1]);
        }
        return postExactly(path, fields);
    }

    /** Posts exactly these fields (no CSRF token unless given). */
    HttpResponse<String> postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form, with one file, and the CSRF token of the last page fetched. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                       byte[] file) {
        String boundary = "----catalog-test-boundary";
        StringBuilder head = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", lastCsrf);
        all.putAll(fields);
        all.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                .append(fileField).append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(file, 0, body, start.length, file.length);
        System.arraycopy(end, 0, body, start.length + file.length, end.length);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Signs in with a local account and follows nothing: the answer is the redirect. */
    HttpResponse<String> signIn(String email, String password) {
        get("/admin/sign-in");
        return post("/admin/sign-in", "email", email, "password", password);
    }

    String csrf() {
        return lastCsrf;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : catalog.url(pathOrUrl));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
