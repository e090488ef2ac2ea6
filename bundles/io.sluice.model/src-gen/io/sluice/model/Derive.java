/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Derive</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Derive#getDerivations <em>Derivations</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getDerive()
 * @model
 * @generated
 */
public interface Derive extends Transform {
	/**
	 * Returns the value of the '<em><b>Derivations</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Derivation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derivations</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getDerive_Derivations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Derivation> getDerivations();

} // Derive
