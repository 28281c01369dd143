package fr.hautsdeseine.catalog.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.JarClasspath;
import fr.hautsdeseine.catalog.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment files of docs/deploy pass their own tools' checks: the systemd unit with
 * {@code systemd-analyze verify}, the nginx site with {@code nginx -t} (Debian's nginx, which .ci/run installs);
 * the unit's class archive step is run on stand-ins for the jar and Java.
 */
class DeploymentFilesTest {
    private static final Path DEPLOY = Path.of("docs/deploy");

    @TempDir
    Path dir;

    @Test
    void the_systemd_unit_verifies() throws Exception {
        Result verify = run(List.of("systemd-analyze", "verify", DEPLOY.resolve("catalog.service").toAbsolutePath().toString()));

        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).isEmpty();
    }

    @Test
    void the_units_class_archive_is_made_when_missing_and_again_only_once_the_jvm_cannot_use_it() throws Exception {
        // The unit's own command, with this build's classes on a classpath of jars where it runs the jar.
        String classpath = JarClasspath.in(dir);
        Path jar = JarClasspath.serverJar(dir);
        Path archive = dir.resolve("classes.jsa");
        String script = classArchiveScript()
                .replace("/usr/bin/java", Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .replace("-jar /opt/catalog/catalog.jar", "-cp " + classpath + " " + Main.class.getName())
                .replace("/var/lib/catalog/classes.jsa", archive.toString());

        Result first = run(List.of("/bin/sh", "-c", script));
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Class archive written");
        assertThat(archive).isRegularFile();

        Result again = run(List.of("/bin/sh", "-c", script));
        assertThat(again.output()).as("an archive the JVM can use is kept").isEmpty();

        // Another jar in the same place (the JVM compares its size and date with the archive's record of it).
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));
        assertThat(run(List.of("/bin/sh", "-c", script)).output()).as("after an upgrade of the jar")
                .contains("Class archive written");
        assertThat(run(List.of("/bin/sh", "-c", script)).output()).as("the new archive is used").isEmpty();

        // An archive of another Java is refused like a damaged one.
        Files.writeString(archive, "not an archive of this Java");
        assertThat(run(List.of("/bin/sh", "-c", script)).output()).as("after an upgrade of Java")
                .contains("Class archive written");
    }

    /** The shell command of the unit's {@code ExecStartPre} that makes the class archive. */
    private static String classArchiveScript() throws IOException {
        Matcher line = Pattern.compile("(?m)^ExecStartPre=-/bin/sh -c '([^']+)'$")
                .matcher(Files.readString(DEPLOY.resolve("catalog.service")));
        assertThat(line.find()).as("the unit makes its class archive before each start").isTrue();
        assertThat(line.group(1)).contains("class-archive");
        return line.group(1);
    }

    @Test
    void the_nginx_site_passes_nginx_t() throws Exception {
        assertPassesNginxT("nginx-catalog.conf");
    }

    @Test
    void the_nginx_site_in_front_of_replicas_passes_nginx_t() throws Exception {
        assertPassesNginxT("nginx-replicas.conf");
    }

    private void assertPassesNginxT(String file) throws Exception {
        // The site names the certificate an operator installs; the check uses a throwaway one in its place.
        Result certificate = run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=localhost", "-keyout", dir.resolve("catalog.key").toString(),
                "-out", dir.resolve("catalog.pem").toString()));
        assertThat(certificate.exitCode()).as(certificate.output()).isZero();
        String site = Files.readString(DEPLOY.resolve(file))
                .replace("/etc/ssl/certs/catalog.pem", dir.resolve("catalog.pem").toString())
                .replace("/etc/ssl/private/catalog.key", dir.resolve("catalog.key").toString());
        Files.writeString(dir.resolve("site.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), """
                pid %s;
                error_log stderr;
                events {}
                http {
                    include /etc/nginx/mime.types;
                    include %s;
                }
                """.formatted(dir.resolve("nginx.pid"), dir.resolve("site.conf")));

        Result check = run(List.of("nginx", "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(), "-e", "stderr"));

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("test is successful");
    }

    @Test
    void the_grafana_dashboard_charts_only_documented_metrics_and_every_followers_lag() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DEPLOY.resolve("grafana-dashboard.json").toFile());
        String documented = Files.readString(Path.of("docs/operations.md"));
        Set<String> charted = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt())).as("panel id %s", panel.path("id")).isTrue();
            for (JsonNode target : panel.path("targets")) {
                Matcher metric = Pattern.compile("\\b(catalog|http|jvm|process)_[a-z_]+").matcher(target.path("expr").asText());
                while (metric.find()) {
                    charted.add(metric.group());
                }
            }
        }

        assertThat(charted).contains("catalog_follower_lag_entries", "catalog_follower_lag_seconds");
        for (String metric : charted) {
            String family = metric.replaceAll("_(bucket|count|sum|max)$", "");
            assertThat(documented).as("docs/operations.md documents %s", metric)
                    .containsAnyOf("`" + family + "`", "`" + family.substring(0, family.indexOf('_')) + "_*`");
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish within 5 minutes");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
