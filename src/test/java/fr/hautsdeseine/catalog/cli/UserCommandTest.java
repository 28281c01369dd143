package fr.hautsdeseine.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.Main;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UserCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void add_prints_a_one_time_password_that_signs_in_once_changed() {
        int exit = run("user", "add", "Marie@Hauts-de-Seine.fr", "--role", "editor",
                "--publisher", "https://www.sceaux.fr/", "--data-dir", dir.toString());

        Matcher password = Pattern.compile("\\n    ([A-Za-z0-9]{20})\\n").matcher(out.toString());
        assertThat(exit).isZero();
        assertThat(password.find()).isTrue();
        var account = Accounts.in(dir).check("marie@hauts-de-seine.fr", password.group(1)).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.EDITOR);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.publishers()).containsExactly("https://www.sceaux.fr/");
    }

    @Test
    void an_editor_without_a_publisher_and_a_second_account_with_one_email_are_refused() {
        int noPublisher = run("user", "add", "a@example.org", "--role", "editor", "--data-dir", dir.toString());
        run("user", "add", "b@example.org", "--role", "admin", "--oidc-only", "--data-dir", dir.toString());
        int twice = run("user", "add", "B@example.org", "--role", "admin", "--data-dir", dir.toString());

        assertThat(noPublisher).isEqualTo(1);
        assertThat(twice).isEqualTo(1);
        assertThat(err.toString()).contains("An editor needs at least one publisher IRI (--publisher)")
                .contains("An account 'b@example.org' already exists");
        assertThat(Accounts.in(dir).list()).hasSize(1);
    }

    @Test
    void passwd_and_remove_change_the_accounts_a_running_server_reads() {
        run("user", "add", "b@example.org", "--role", "admin", "--oidc-only", "--data-dir", dir.toString());

        int passwd = run("user", "passwd", "b@example.org", "--data-dir", dir.toString());
        int listed = run("user", "list", "--data-dir", dir.toString());
        int removed = run("user", "remove", "b@example.org", "--data-dir", dir.toString());
        int again = run("user", "remove", "b@example.org", "--data-dir", dir.toString());

        assertThat(passwd).isZero();
        assertThat(listed).isZero();
        assertThat(out.toString()).contains("Password of b@example.org changed").contains("b@example.org\tadmin");
        assertThat(removed).isZero();
        assertThat(again).isEqualTo(1);
        assertThat(err.toString()).contains("No account 'b@example.org'");
        assertThat(Accounts.in(dir).isEmpty()).isTrue();
    }
}
