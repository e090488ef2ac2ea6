/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sort</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Sort#getKeys <em>Keys</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getSort()
 * @model
 * @generated
 */
public interface Sort extends Transform {
	/**
	 * Returns the value of the '<em><b>Keys</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.SortKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keys</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getSort_Keys()
	 * @model containment="true"
	 * @generated
	 */
	EList<SortKey> getKeys();

} // Sort
