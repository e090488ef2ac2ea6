package io.sluice.ui.internal.navigator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

final class PipelineFileLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        return element instanceof Path path ? path.getFileName().toString() : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        boolean folder = element instanceof Path path && Files.isDirectory(path);
        return images.getImage(folder ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
    }
}
