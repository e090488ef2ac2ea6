package io.sluice.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link SluiceResource}s; registered for the {@code sluice} extension. */
public class SluiceResourceFactory extends ResourceFactoryImpl {
  @Override
  public Resource createResource(URI uri) {
    return new SluiceResource(uri);
  }
}
