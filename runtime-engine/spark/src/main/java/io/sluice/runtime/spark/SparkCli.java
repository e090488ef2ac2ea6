package io.sluice.runtime.spark;

import io.sluice.runtime.cli.ExportSparkCommand;
import io.sluice.runtime.cli.SparkRunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The Spark engine's command line, on the Spark class path that {@code ./sluice} builds on first use:
 * {@code run FILE --engine spark [--master …]} and {@code export-spark FILE}.
 */
@Command(name = "sluice", mixinStandardHelpOptions = true, version = "sluice 0.1.0 (Spark engine)", //$NON-NLS-1$ //$NON-NLS-2$
        subcommands = { SparkRunCommand.class, ExportSparkCommand.class, HelpCommand.class })
public final class SparkCli {
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCli()).execute(args));
    }
}
