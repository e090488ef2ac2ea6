package io.sluice.ui.internal.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Folders and {@code *.sluice} files below a root folder. Hidden entries ({@code .git}, {@code .metadata}) and
 * folders without any pipeline below them are left out, so a large Git working tree stays readable.
 */
final class PipelineFileContentProvider implements ITreeContentProvider {

    static final String EXTENSION = ".sluice"; //$NON-NLS-1$
    private static final Comparator<Path> FOLDERS_FIRST = Comparator
            .comparing((Path p) -> !Files.isDirectory(p))
            .thenComparing(p -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER);

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Path root ? children(root) : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof Path folder && Files.isDirectory(folder) ? children(folder) : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof Path path ? path.getParent() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Path path && Files.isDirectory(path) && containsPipeline(path);
    }

    private static Object[] children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(PipelineFileContentProvider::isShown).sorted(FOLDERS_FIRST).toArray();
        } catch (IOException e) {
            return new Object[0];
        }
    }

    private static boolean isShown(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) { //$NON-NLS-1$
            return false;
        }
        return Files.isDirectory(path) ? containsPipeline(path) : name.endsWith(EXTENSION);
    }

    private static boolean containsPipeline(Path folder) {
        try (Stream<Path> tree = Files.walk(folder, 8)) {
            return tree.anyMatch(p -> p.getFileName().toString().endsWith(EXTENSION)
                    && !folder.relativize(p).toString().contains("/.")); //$NON-NLS-1$
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
