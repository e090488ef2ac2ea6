/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deduplicate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Deduplicate#getKeys <em>Keys</em>}</li>
 *   <li>{@link io.sluice.model.Deduplicate#getKeep <em>Keep</em>}</li>
 *   <li>{@link io.sluice.model.Deduplicate#getOrderColumn <em>Order Column</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getDeduplicate()
 * @model
 * @generated
 */
public interface Deduplicate extends Transform {
	/**
	 * Returns the value of the '<em><b>Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keys</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getDeduplicate_Keys()
	 * @model
	 * @generated
	 */
	EList<String> getKeys();

	/**
	 * Returns the value of the '<em><b>Keep</b></em>' attribute.
	 * The default value is <code>"FIRST"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.KeepPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keep</em>' attribute.
	 * @see io.sluice.model.KeepPolicy
	 * @see #setKeep(KeepPolicy)
	 * @see io.sluice.model.SluicePackage#getDeduplicate_Keep()
	 * @model default="FIRST"
	 * @generated
	 */
	KeepPolicy getKeep();

	/**
	 * Sets the value of the '{@link io.sluice.model.Deduplicate#getKeep <em>Keep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep</em>' attribute.
	 * @see io.sluice.model.KeepPolicy
	 * @see #getKeep()
	 * @generated
	 */
	void setKeep(KeepPolicy value);

	/**
	 * Returns the value of the '<em><b>Order Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order Column</em>' attribute.
	 * @see #setOrderColumn(String)
	 * @see io.sluice.model.SluicePackage#getDeduplicate_OrderColumn()
	 * @model
	 * @generated
	 */
	String getOrderColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Deduplicate#getOrderColumn <em>Order Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Column</em>' attribute.
	 * @see #getOrderColumn()
	 * @generated
	 */
	void setOrderColumn(String value);

} // Deduplicate
