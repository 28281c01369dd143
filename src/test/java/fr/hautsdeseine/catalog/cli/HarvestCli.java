package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code catalog harvest ... --data-dir DIR} in this process with given variables, keeping what it printed. */
final class HarvestCli {
    private final Path dataDir;
    private final Map<String, String> environment;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    HarvestCli(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
    }

    /** The exit code; {@link #out()} and {@link #err()} hold what this run printed. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] arguments = new String[args.length + 3];
        arguments[0] = "harvest";
        System.arraycopy(args, 0, arguments, 1, args.length);
        arguments[args.length + 1] = "--data-dir";
        arguments[args.length + 2] = dataDir.toString();
        CommandLine command = new CommandLine(new Main(), new EnvironmentFactory());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(arguments);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Builds the commands as picocli does, the harvest command with these variables instead of the process's. */
    private final class EnvironmentFactory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == HarvestCommand.class) {
                return type.cast(new HarvestCommand(environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
