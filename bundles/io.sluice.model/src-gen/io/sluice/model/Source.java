/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step that reads data. Declared columns give its output schema; when there are none, a SourceSchemaResolver may infer them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Source#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getSource()
 * @model abstract="true"
 * @generated
 */
public interface Source extends Step {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.ColumnDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getSource_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnDef> getColumns();

} // Source
