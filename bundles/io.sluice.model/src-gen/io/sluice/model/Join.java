/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Join</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Join#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sluice.model.Join#getLeftKeys <em>Left Keys</em>}</li>
 *   <li>{@link io.sluice.model.Join#getRightKeys <em>Right Keys</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getJoin()
 * @model
 * @generated
 */
public interface Join extends Transform {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"INNER"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.JoinKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sluice.model.JoinKind
	 * @see #setKind(JoinKind)
	 * @see io.sluice.model.SluicePackage#getJoin_Kind()
	 * @model default="INNER"
	 * @generated
	 */
	JoinKind getKind();

	/**
	 * Sets the value of the '{@link io.sluice.model.Join#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sluice.model.JoinKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JoinKind value);

	/**
	 * Returns the value of the '<em><b>Left Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left Keys</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getJoin_LeftKeys()
	 * @model
	 * @generated
	 */
	EList<String> getLeftKeys();

	/**
	 * Returns the value of the '<em><b>Right Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right Keys</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getJoin_RightKeys()
	 * @model
	 * @generated
	 */
	EList<String> getRightKeys();

} // Join
