/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Union</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Union#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getUnion()
 * @model
 * @generated
 */
public interface Union extends Transform {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"BY_NAME"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.UnionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.sluice.model.UnionMode
	 * @see #setMode(UnionMode)
	 * @see io.sluice.model.SluicePackage#getUnion_Mode()
	 * @model default="BY_NAME"
	 * @generated
	 */
	UnionMode getMode();

	/**
	 * Sets the value of the '{@link io.sluice.model.Union#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.sluice.model.UnionMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(UnionMode value);

} // Union
