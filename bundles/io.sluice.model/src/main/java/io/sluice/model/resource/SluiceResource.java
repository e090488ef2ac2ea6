package io.sluice.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.sluice.model.Pipeline;
import io.sluice.model.internal.migration.Migrations;

/**
 * A .sluice file: XMI in UTF-8, written deterministically.
 * <ul>
 * <li>One element per line, two-space indentation, '\n' line ends, no schema location, no timestamps.</li>
 * <li>Features in metamodel order, list elements in model order, so an unchanged model saves to the same bytes.</li>
 * <li>Links refer to steps by their {@code id} attribute (an EMF ID), never by position.</li>
 * <li>A step's layout is a child element of its own, so moving a step changes only that line; every other
 * property of a step is an attribute of the step's line.</li>
 * </ul>
 * Loading first runs the {@linkplain Migrations migration chain} on the raw bytes, so older files load
 * as the current version and newer ones are refused with a {@link FormatException}.
 */
public class SluiceResource extends XMIResourceImpl {

  private int loadedFormatVersion = Migrations.CURRENT_VERSION;

  public SluiceResource(URI uri) {
    super(uri);
    setIntrinsicIDToEObjectMap(new HashMap<>());
    getDefaultSaveOptions().putAll(saveOptions());
    getDefaultLoadOptions().putAll(loadOptions());
  }

  /** The options every .sluice save uses. */
  public static Map<Object, Object> saveOptions() {
    Map<Object, Object> o = new HashMap<>();
    o.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
    o.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
    o.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
    o.put(XMLResource.OPTION_LINE_WIDTH, Integer.MAX_VALUE);
    o.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
    // Attributes with a default are written even when they hold it: files stay explicit and do not
    // change meaning if a default ever changes.
    o.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
    o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
    o.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
    return o;
  }

  /** The options every .sluice load uses. */
  public static Map<Object, Object> loadOptions() {
    Map<Object, Object> o = new HashMap<>();
    o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    o.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
    return o;
  }

  /** The formatVersion the file had before migration (the current version for files that needed none). */
  public int getLoadedFormatVersion() {
    return loadedFormatVersion;
  }

  @Override
  protected boolean useUUIDs() {
    return false;
  }

  @Override
  public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
    byte[] bytes = inputStream.readAllBytes();
    Migrations.Upgraded upgraded;
    try {
      upgraded = Migrations.upgrade(bytes, getURI() == null ? "" : getURI().toString()); //$NON-NLS-1$
    } catch (FormatException e) {
      getErrors().add(e);
      throw e;
    }
    loadedFormatVersion = upgraded.fromVersion();
    super.doLoad(new ByteArrayInputStream(upgraded.bytes()), options);
  }

  @Override
  public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
    for (EObject root : getContents()) {
      if (root instanceof Pipeline p && (!p.isSetFormatVersion() || p.getFormatVersion() != Migrations.CURRENT_VERSION)) {
        p.setFormatVersion(Migrations.CURRENT_VERSION);
      }
    }
    super.doSave(outputStream, options);
  }
}
