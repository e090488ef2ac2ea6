package io.sluice.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's Java generator without Eclipse: loads {@code model/pipeline.ecore}, builds the generator
 * model from the settings below (and saves it as {@code model/pipeline.genmodel}), wipes
 * {@code src-gen/} and generates the model code into it with EMF's precompiled JET templates.
 *
 * <p>The generator settings live here rather than only in the .genmodel so that a rerun is
 * reproducible from the .ecore alone. Argument: the bundle directory.
 */
public final class GenerateModel {

  private static final String PROJECT = "io.sluice.model"; //$NON-NLS-1$

  private GenerateModel() {
  }

  public static void main(String[] args) throws IOException {
    Path bundle = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path srcGen = bundle.resolve("src-gen");
    deleteTree(srcGen);
    Files.createDirectories(srcGen);

    // Standalone: map platform:/resource/io.sluice.model/ onto the bundle directory.
    EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(bundle.toString() + "/"));
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    Resource ecore = rs.getResource(URI.createPlatformResourceURI(PROJECT + "/model/pipeline.ecore", true), true);
    EPackage ePackage = (EPackage) ecore.getContents().get(0);
    Diagnostic ecoreCheck = Diagnostician.INSTANCE.validate(ePackage);
    if (ecoreCheck.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException("pipeline.ecore is invalid: " + ecoreCheck);
    }

    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    Resource genRes = rs.createResource(URI.createPlatformResourceURI(PROJECT + "/model/pipeline.genmodel", true));
    genRes.getContents().add(genModel);
    genModel.initialize(List.of(ePackage));
    genModel.setModelName("Pipeline");
    genModel.setModelPluginID(PROJECT);
    genModel.setModelDirectory("/" + PROJECT + "/src-gen");
    genModel.setImporterID("org.eclipse.emf.importer.ecore");
    genModel.getForeignModel().add("pipeline.ecore");
    genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
    genModel.setCopyrightFields(false);
    genModel.setBundleManifest(false);
    genModel.setUpdateClasspath(false);
    genModel.setModelPluginClass(null);
    genModel.setOperationReflection(true);
    genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
    genModel.setSuppressGenModelAnnotations(true);
    GenPackage genPackage = genModel.getGenPackages().get(0);
    genPackage.setBasePackage("io.sluice");
    genPackage.setPrefix("Sluice");
    genPackage.setClassPackageSuffix("internal.impl");
    genPackage.setUtilityPackageSuffix("util");
    genPackage.setAdapterFactory(true);
    genPackage.setGenerateModelWizard(false);
    genModel.reconcile();
    genRes.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_DELIMITER, "\n"));

    Diagnostic genCheck = genModel.diagnose();
    if (genCheck.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException("genmodel problems: " + genCheck);
    }
    genModel.setCanGenerate(true);
    // Outside Eclipse the generator adapters are not contributed by an extension point.
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
        GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator generator = new Generator();
    generator.setInput(genModel);
    Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
        new BasicMonitor());
    System.out.println("generator: " + result.getMessage() + " severity=" + result.getSeverity());
    for (Diagnostic child : result.getChildren()) {
      if (child.getSeverity() != Diagnostic.OK) {
        System.out.println("  " + child.getMessage());
      }
    }
    // Keep only Java sources: the bundle's manifest comes from bnd, plugin.xml is hand-written.
    for (String extra : List.of("plugin.xml", "plugin.properties", "build.properties", "META-INF/MANIFEST.MF")) {
      Files.deleteIfExists(bundle.resolve("src-gen").resolve(extra));
    }
    if (result.getSeverity() >= Diagnostic.ERROR) {
      System.exit(1);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
