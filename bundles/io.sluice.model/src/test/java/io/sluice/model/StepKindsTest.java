package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;
import io.sluice.model.kind.StepKinds;
import io.sluice.model.schema.SourceSchemaResolver;

/** The step-kind registry is complete, and each descriptor describes the class it is registered for. */
class StepKindsTest {

  static List<EClass> concreteStepClasses() {
    return StepKinds.concreteStepClasses();
  }

  @Test
  void everyConcreteStepClassHasADescriptor() {
    List<String> missing = concreteStepClasses().stream().filter(c -> !StepKinds.has(c)).map(EClass::getName).toList();
    assertEquals(List.of(), missing, "step classes without a StepKind descriptor (add one to BuiltInKinds)");
    assertEquals(concreteStepClasses().size(), StepKinds.all().size(), "descriptors for classes that are not concrete steps");
  }

  @Test
  void eachDescriptorDescribesItsOwnClass() {
    for (StepKind<?> k : StepKinds.all()) {
      assertEquals(k.eClass().getInstanceClass(), k.type(), k.toString());
      assertFalse(k.documentation().isBlank(), k + " has no documentation");
      Step step = (Step) SluiceFactory.eINSTANCE.create(k.eClass());
      assertTrue(k.type().isInstance(step), k.toString());
      // the model's port operations are the descriptor's
      assertEquals(k.cardinality() == Cardinality.SOURCE, step.inputPorts().isEmpty(), k.toString());
      assertEquals(k.cardinality() == Cardinality.SINK, step.outputPorts().isEmpty(), k.toString());
    }
  }

  @Test
  void onlyChangedRowCountsAreExemptFromTheBalance() {
    for (StepKind<?> k : StepKinds.all()) {
      boolean changes = switch (k.eClass().getName()) {
        case "Join", "Aggregate", "Window", "Pivot", "Unpivot" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        default -> false;
      };
      if (k.cardinality() != Cardinality.SOURCE && k.cardinality() != Cardinality.SINK) {
        assertEquals(!changes, k.cardinality().balanced(), k.toString());
      }
    }
  }

  @Test
  void lineageNamesEveryOutputColumnOfAJoin() {
    Join join = SluiceFactory.eINSTANCE.createJoin();
    join.getLeftKeys().add("id");
    join.getRightKeys().add("id");
    Schema left = Schema.of(Field.required("id", DataType.INT64), Field.nullable("name", DataType.STRING));
    Schema right = Schema.of(Field.required("id", DataType.INT64), Field.nullable("total", DataType.FLOAT64));
    SchemaContext ctx = new SchemaContext(join, java.util.Map.of(Ports.LEFT, List.of(left), Ports.RIGHT, List.of(right)),
        new ArrayList<>(), SourceSchemaResolver.NONE);
    StepKind<Step> kind = StepKinds.of(join);
    Schema out = kind.output(join, ctx);
    List<ColumnLineage> lineage = kind.lineage(join, ctx, out);
    assertEquals(out.names(), lineage.stream().map(ColumnLineage::output).toList());
    assertEquals(new ColumnLineage.Ref(Ports.RIGHT, 0, "id"), lineage.get(2).from().get(0)); // id_right
  }
}
