package io.sluice.runtime.internal.files;

import io.sluice.runtime.internal.exec.StepFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a file source reads: its path, or — when the path is a directory — every regular file in it, or — when
 * the last part of the path is a glob ({@code *.csv}, {@code day-??.csv}, {@code {a,b}.csv}) — every regular file of
 * its directory whose name matches. Hidden files (a leading dot, such as our own temporary files) are skipped.
 * A directory's Hive-style partition folders ({@code country=DE/…}) are read too, at any depth. Always in name order, so runs and resumed runs see the same sequence.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** True when the path names several files (a directory or a glob). */
    public static boolean isMulti(Path path) {
        return Files.isDirectory(path) || isGlob(path.getFileName() == null ? "" : path.getFileName().toString()); //$NON-NLS-1$
    }

    static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }

    /** The files, sorted by name; a plain file path gives itself (whether it exists or not). */
    public static List<Path> list(Path path) {
        Path dir;
        PathMatcher m;
        if (Files.isDirectory(path)) {
            dir = path;
            m = p -> true;
        } else if (path.getFileName() != null && isGlob(path.getFileName().toString())) {
            dir = path.getParent() == null ? Path.of(".") : path.getParent(); //$NON-NLS-1$
            m = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName()); //$NON-NLS-1$
        } else {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            partitioned(dir, files);
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && m.matches(p.getFileName())) //$NON-NLS-1$
                    .forEach(files::add);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException("folder not found: " + dir, e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + StepFailure.describe(e), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        files.sort((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()));
        return files;
    }

    /** The files of Hive-style partition folders ({@code column=value/…}) below {@code dir}, at any depth. */
    private static void partitioned(Path dir, List<Path> files) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (Files.isDirectory(p) && HivePartitions.isPartitionFolder(p.getFileName().toString())) {
                    try (Stream<Path> below = Files.list(p)) {
                        below.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")) //$NON-NLS-1$
                                .forEach(files::add);
                    }
                    partitioned(p, files);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + StepFailure.describe(e), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
