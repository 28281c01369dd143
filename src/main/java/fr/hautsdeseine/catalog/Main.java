package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.cli.BackupCommand;
import fr.hautsdeseine.catalog.cli.CompactCommand;
import fr.hautsdeseine.catalog.cli.RestoreCommand;
import fr.hautsdeseine.catalog.cli.CheckLinksCommand;
import fr.hautsdeseine.catalog.cli.ClassArchiveCommand;
import fr.hautsdeseine.catalog.cli.WarmUpCommand;
import fr.hautsdeseine.catalog.cli.ExportCommand;
import fr.hautsdeseine.catalog.cli.GenerateCommand;
import fr.hautsdeseine.catalog.cli.HarvestCommand;
import fr.hautsdeseine.catalog.cli.ImportCommand;
import fr.hautsdeseine.catalog.cli.ServeCommand;
import fr.hautsdeseine.catalog.cli.UserCommand;
import fr.hautsdeseine.catalog.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar catalog.jar [command]}: with no command, serves the catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "DCAT-AP catalog server of the Hauts-de-Seine open-data portal.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class,
                GenerateCommand.class, HarvestCommand.class, CompactCommand.class, BackupCommand.class, RestoreCommand.class,
                CheckLinksCommand.class, ClassArchiveCommand.class, WarmUpCommand.class,
                UserCommand.class})
public final class Main {

    public static void main(String[] args) {
        String[] arguments = args.length == 0 ? new String[] {"serve"} : args;
        int exit = new CommandLine(new Main()).execute(arguments);
        if (exit != 0 || !"serve".equals(arguments[0])) {
            System.exit(exit);
        }
    }
}
