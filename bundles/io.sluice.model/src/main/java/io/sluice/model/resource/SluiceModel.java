package io.sluice.model.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

import io.sluice.model.Bounds;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.internal.migration.Migrations;
import io.sluice.model.validation.SluiceEValidator;

/**
 * Entry point for reading and writing .sluice files, with or without OSGi. Using this class registers
 * the metamodel and the {@code *.sluice} resource factory in EMF's global registries (under OSGi,
 * plugin.xml does the same).
 *
 * <pre>{@code
 * LoadResult r = SluiceModel.load(Path.of("examples/orders.sluice"));
 * if (!r.ok()) r.problems().forEach(System.err::println);   // "file:12:5: unknown step kind 'Foo'"
 * SluiceModel.save(r.pipeline(), Path.of("copy.sluice"));
 * }</pre>
 */
public final class SluiceModel {

  /** File extension, without the dot. */
  public static final String FILE_EXTENSION = "sluice"; //$NON-NLS-1$
  /** The formatVersion files are written with. */
  public static final int CURRENT_FORMAT_VERSION = Migrations.CURRENT_VERSION;

  static {
    init();
  }

  private SluiceModel() {
  }

  /**
   * Registers the package, the resource factory and {@link SluiceEValidator} globally; idempotent, called by
   * the class initializer. Under OSGi, call it once (e.g. from the designer's activator) to get the validator.
   */
  public static void init() {
    EPackage.Registry.INSTANCE.put(SluicePackage.eNS_URI, SluicePackage.eINSTANCE);
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(FILE_EXTENSION, new SluiceResourceFactory());
    EValidator.Registry.INSTANCE.putIfAbsent(SluicePackage.eINSTANCE, SluiceEValidator.INSTANCE);
  }

  /** A resource set that reads and writes .sluice files whatever the global registries hold. */
  public static ResourceSet newResourceSet() {
    ResourceSet rs = new ResourceSetImpl();
    rs.getPackageRegistry().put(SluicePackage.eNS_URI, SluicePackage.eINSTANCE);
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new SluiceResourceFactory());
    return rs;
  }

  /** Loads a file. Never throws for a bad file: problems come back in the result, naming file and line. */
  public static LoadResult load(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new LoadResult(name, null, CURRENT_FORMAT_VERSION, List.of(new LoadProblem(name, 0, 0, "file not found"))); //$NON-NLS-1$
    } catch (IOException e) {
      return new LoadResult(name, null, CURRENT_FORMAT_VERSION, List.of(new LoadProblem(name, 0, 0, "cannot read: " + e.getMessage()))); //$NON-NLS-1$
    }
    return load(name, bytes, URI.createFileURI(file.toAbsolutePath().toString()));
  }

  /** Loads a .sluice document from bytes; {@code name} is used in problem messages. */
  public static LoadResult load(String name, byte[] bytes) {
    return load(name, bytes, URI.createURI("memory:/" + URI.encodeSegment(name, false))); //$NON-NLS-1$
  }

  private static LoadResult load(String name, byte[] bytes, URI uri) {
    SluiceResource resource = new SluiceResource(uri);
    newResourceSet().getResources().add(resource);
    List<LoadProblem> problems = new ArrayList<>();
    try {
      resource.load(new ByteArrayInputStream(bytes), null);
    } catch (IOException | RuntimeException e) {
      if (resource.getErrors().isEmpty()) {
        problems.add(fromException(name, e));
      }
    }
    for (Resource.Diagnostic d : resource.getErrors()) {
      problems.add(new LoadProblem(name, d.getLine(), d.getColumn(), describe(d)));
    }
    duplicateIds(name, resource, problems);
    Pipeline pipeline = null;
    if (problems.isEmpty()) {
      if (resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Pipeline p) {
        pipeline = p;
      } else {
        problems.add(new LoadProblem(name, 1, 0, "the root element is not a sluice:Pipeline")); //$NON-NLS-1$
      }
    }
    return new LoadResult(name, pipeline, resource.getLoadedFormatVersion(), problems);
  }

  private static LoadProblem fromException(String name, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SAXParseException sax) {
        return new LoadProblem(name, sax.getLineNumber(), sax.getColumnNumber(), "not well-formed XML: " + sax.getMessage()); //$NON-NLS-1$
      }
      if (t instanceof Resource.Diagnostic d) {
        return new LoadProblem(name, d.getLine(), d.getColumn(), describe(d));
      }
    }
    return new LoadProblem(name, 0, 0, "cannot load: " + e); //$NON-NLS-1$
  }

  /**
   * Two steps with one id make every link to that id ambiguous (EMF reports them as unresolved): say what is
   * wrong instead, once per id, and drop the "missing step id" problems it caused.
   */
  private static void duplicateIds(String name, Resource resource, List<LoadProblem> problems) {
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Pipeline p)) {
      return;
    }
    java.util.Map<String, List<String>> names = new java.util.LinkedHashMap<>();
    for (io.sluice.model.Step s : p.getSteps()) {
      if (s.getId() != null) {
        names.computeIfAbsent(s.getId(), k -> new ArrayList<>()).add("'" + s.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    names.forEach((id, steps) -> {
      if (steps.size() > 1) {
        problems.removeIf(q -> q.message().equals("refers to a missing step id '" + id + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        problems.add(new LoadProblem(name, 0, 0, "duplicate step id '" + id + "': steps " + String.join(", ", steps) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            + " share it; every step needs an id of its own")); //$NON-NLS-1$
      }
    });
  }

  /** Rewords EMF's diagnostics for people who write pipelines, not metamodels. */
  private static String describe(Resource.Diagnostic d) {
    if (d instanceof ClassNotFoundException c) {
      return "unknown step kind or element type '" + c.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (d instanceof UnresolvedReferenceException u) {
      return "refers to a missing step id '" + u.getReference() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (d instanceof FeatureNotFoundException f) {
      return "unknown attribute or element '" + f.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (d instanceof PackageNotFoundException p) {
      return "unknown namespace '" + p.uri() + "': not a .sluice file"; //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (d instanceof IllegalValueException v) {
      EStructuralFeature f = v.getFeature();
      return "illegal value '" + v.getValue() + "' for " + (f == null ? "an attribute" : "'" + f.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
    if (d instanceof Throwable t && t.getCause() instanceof SAXParseException sax) {
      return "not well-formed XML: " + sax.getMessage(); //$NON-NLS-1$
    }
    return d.getMessage();
  }

  /**
   * Writes the pipeline deterministically (see {@link SluiceResource}), replacing the file atomically
   * where the file system allows. Sets formatVersion to the current version. A new file gets the permissions the
   * user's umask gives (a temporary file would be 0600); a replaced file keeps its own.
   */
  public static void save(Pipeline pipeline, Path file) throws IOException {
    byte[] bytes = toBytes(pipeline);
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime()) //$NON-NLS-1$ //$NON-NLS-2$
        + Long.toHexString(Thread.currentThread().threadId()) + ".tmp"); //$NON-NLS-1$
    try {
      Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      if (Files.exists(abs)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
        } catch (UnsupportedOperationException notPosix) {
          // the file system has no POSIX permissions to keep
        }
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The bytes {@link #save} writes. A pipeline not yet in a resource is put into a new {@link SluiceResource}. */
  public static byte[] toBytes(Pipeline pipeline) {
    Resource resource = pipeline.eResource();
    if (resource == null) {
      resource = new SluiceResource(URI.createURI("memory:/pipeline.sluice")); //$NON-NLS-1$
      resource.getContents().add(pipeline);
    }
    if (!pipeline.isSetFormatVersion() || pipeline.getFormatVersion() != CURRENT_FORMAT_VERSION) {
      pipeline.setFormatVersion(CURRENT_FORMAT_VERSION);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      resource.save(out, SluiceResource.saveOptions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A new, empty pipeline at the current format version. */
  public static Pipeline newPipeline(String name) {
    Pipeline p = SluiceFactory.eINSTANCE.createPipeline();
    p.setName(name);
    p.setFormatVersion(CURRENT_FORMAT_VERSION);
    return p;
  }

  /**
   * A new step of the given kind (a concrete subclass of Step) with a fresh id and a unique name for
   * this pipeline and a layout at (x, y). It is NOT added: the caller (an undoable command) adds it.
   */
  public static Step newStep(Pipeline pipeline, EClass kind, String baseName, int x, int y) {
    if (!SluicePackage.Literals.STEP.isSuperTypeOf(kind) || kind.isAbstract()) {
      throw new IllegalArgumentException("not a concrete step kind: " + kind.getName()); //$NON-NLS-1$
    }
    Step step = (Step) SluiceFactory.eINSTANCE.create(kind);
    step.setId(pipeline.newStepId(kind.getName().toLowerCase(Locale.ROOT)));
    step.setName(pipeline.uniqueStepName(baseName == null ? kind.getName() : baseName));
    Bounds b = SluiceFactory.eINSTANCE.createBounds();
    b.setX(x);
    b.setY(y);
    step.setLayout(b);
    return step;
  }
}
