package io.sluice.runtime.spark;

import picocli.CommandLine;

/**
 * The main class {@code spark-submit} starts: {@code FILE [-p NAME=VALUE]…} — the pipeline runs on the session
 * spark-submit configured (its master), with the same output and exit codes as {@code sluice run --engine spark}.
 */
public final class SparkApp {
    private SparkApp() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new io.sluice.runtime.cli.SparkRunCommand()).execute(args));
    }
}
