package io.sluice.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;

import io.sluice.model.Pipeline;
import io.sluice.model.Step;

/**
 * EMF's view of {@link PipelineValidator}: registered for the Sluice package (by
 * {@code SluiceModel.init()}), so {@code Diagnostician.INSTANCE.validate(pipeline)} reports every problem.
 * The work is done once, for the Pipeline; other objects pass. Each diagnostic's data is
 * {@code [step or pipeline, feature or nothing]}, for markers and selection.
 */
public final class SluiceEValidator implements EValidator {

  /** Diagnostic source. */
  public static final String DIAGNOSTIC_SOURCE = "io.sluice.model"; //$NON-NLS-1$
  public static final SluiceEValidator INSTANCE = new SluiceEValidator();

  private SluiceEValidator() {
  }

  @Override
  public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return validate(eObject.eClass(), eObject, diagnostics, context);
  }

  @Override
  public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    if (!(eObject instanceof Pipeline pipeline)) {
      return true;
    }
    List<Problem> problems = PipelineValidator.validate(pipeline);
    boolean ok = true;
    for (Problem p : problems) {
      ok &= !p.isError();
      if (diagnostics != null) {
        EObject target = p.stepId() == null ? pipeline : pipeline.findStep(p.stepId());
        if (target == null) {
          target = pipeline;
        }
        EStructuralFeature feature = p.field() == null ? null : target.eClass().getEStructuralFeature(p.field());
        Object[] data = feature == null ? new Object[] {target} : new Object[] {target, feature};
        String message = target instanceof Step s ? "Step '" + s.getName() + "': " + p.message() : p.message(); //$NON-NLS-1$ //$NON-NLS-2$
        diagnostics.add(new BasicDiagnostic(p.isError() ? Diagnostic.ERROR : Diagnostic.WARNING, DIAGNOSTIC_SOURCE, 0, message, data));
      }
    }
    return ok;
  }

  @Override
  public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return true;
  }
}
