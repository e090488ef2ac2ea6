package io.sluice.runtime.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sluice}: the headless runtime. Run bare, it prints usage. */
@Command(name = "sluice", mixinStandardHelpOptions = true, version = "sluice 0.1.0-SNAPSHOT", //$NON-NLS-1$ //$NON-NLS-2$
        description = "Runs Sluice pipelines headless.", //$NON-NLS-1$
        subcommands = { RunCommand.class, ValidateCommand.class, PreviewCommand.class, SchemaCommand.class, DiffCommand.class,
                MergeCommand.class, GitSetupCommand.class, RunsCommand.class, CommandLine.HelpCommand.class },
        exitCodeListHeading = "%nExit codes:%n", //$NON-NLS-1$
        exitCodeList = { "0:ok", "1:validation errors (the run was refused)", "2:the run failed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "64:usage error", "70:internal error", "130:cancelled" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
public final class SluiceCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Commands that run pipelines start loading Arrow and the expression parser while picocli and EMF start. */
    static CommandLine warm(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) { //$NON-NLS-1$
            System.setProperty("slf4j.internal.verbosity", "ERROR"); // Arrow logs through SLF4J; no provider is no news //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("preview"))) { //$NON-NLS-1$ //$NON-NLS-2$
            io.sluice.runtime.internal.boot.Warmup.core();
        }
        return commandLine();
    }

    /** The command line with our exit codes for usage and internal errors. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SluiceCli());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.usage(c.getErr());
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("sluice: internal error: " + ex); //$NON-NLS-1$
            return ExitCodes.INTERNAL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(warm(args).execute(args));
    }
}
