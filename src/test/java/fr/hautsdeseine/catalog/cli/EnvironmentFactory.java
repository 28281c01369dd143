package fr.hautsdeseine.catalog.cli;

import java.util.Map;
import picocli.CommandLine;

/** Builds the commands as picocli does, the harvest command with these {@code CATALOG_*} variables. */
final class EnvironmentFactory implements CommandLine.IFactory {
    private final Map<String, String> environment;

    EnvironmentFactory(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == HarvestCommand.class) {
            return type.cast(new HarvestCommand(environment));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
