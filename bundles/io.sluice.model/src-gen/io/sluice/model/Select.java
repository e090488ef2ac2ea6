/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Select</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Select#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getSelect()
 * @model
 * @generated
 */
public interface Select extends Transform {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.SelectColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getSelect_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<SelectColumn> getColumns();

} // Select
