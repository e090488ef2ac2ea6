/**
 */
package io.sluice.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sort Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.SortKey#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.SortKey#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.sluice.model.SortKey#getNulls <em>Nulls</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getSortKey()
 * @model
 * @generated
 */
public interface SortKey extends EObject {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.sluice.model.SluicePackage#getSortKey_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.SortKey#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"ASC"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.SortDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.sluice.model.SortDirection
	 * @see #setDirection(SortDirection)
	 * @see io.sluice.model.SluicePackage#getSortKey_Direction()
	 * @model default="ASC"
	 * @generated
	 */
	SortDirection getDirection();

	/**
	 * Sets the value of the '{@link io.sluice.model.SortKey#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.sluice.model.SortDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(SortDirection value);

	/**
	 * Returns the value of the '<em><b>Nulls</b></em>' attribute.
	 * The default value is <code>"LAST"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.NullOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nulls</em>' attribute.
	 * @see io.sluice.model.NullOrder
	 * @see #setNulls(NullOrder)
	 * @see io.sluice.model.SluicePackage#getSortKey_Nulls()
	 * @model default="LAST"
	 * @generated
	 */
	NullOrder getNulls();

	/**
	 * Sets the value of the '{@link io.sluice.model.SortKey#getNulls <em>Nulls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nulls</em>' attribute.
	 * @see io.sluice.model.NullOrder
	 * @see #getNulls()
	 * @generated
	 */
	void setNulls(NullOrder value);

} // SortKey
