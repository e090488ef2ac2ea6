package io.sluice.runtime.cli;

/**
 * Exit codes of the {@code sluice} command line. The issue asks for 0 ok, 1 validation errors, 2 run failed;
 * picocli uses 2 for usage errors, so a usage error gets 64 (EX_USAGE of sysexits.h) instead, and an
 * unexpected internal error 70 (EX_SOFTWARE). 130 is a cancelled run (as after Ctrl-C).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int VALIDATION_ERRORS = 1;
    /** {@code sluice merge}: conflicts are left (Git marks the file conflicted on any code but 0). */
    public static final int MERGE_CONFLICTS = 1;
    public static final int RUN_FAILED = 2;
    public static final int USAGE = 64;
    public static final int INTERNAL_ERROR = 70;
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
