/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mask</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Mask#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.sluice.model.Mask#getMethod <em>Method</em>}</li>
 *   <li>{@link io.sluice.model.Mask#getSalt <em>Salt</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getMask()
 * @model
 * @generated
 */
public interface Mask extends Transform {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getMask_Columns()
	 * @model
	 * @generated
	 */
	EList<String> getColumns();

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"HASH_SHA256"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.MaskMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see io.sluice.model.MaskMethod
	 * @see #setMethod(MaskMethod)
	 * @see io.sluice.model.SluicePackage#getMask_Method()
	 * @model default="HASH_SHA256"
	 * @generated
	 */
	MaskMethod getMethod();

	/**
	 * Sets the value of the '{@link io.sluice.model.Mask#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see io.sluice.model.MaskMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(MaskMethod value);

	/**
	 * Returns the value of the '<em><b>Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HASH_SHA256 salt: a ${param} or ${secret:name} reference
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salt</em>' attribute.
	 * @see #setSalt(String)
	 * @see io.sluice.model.SluicePackage#getMask_Salt()
	 * @model
	 * @generated
	 */
	String getSalt();

	/**
	 * Sets the value of the '{@link io.sluice.model.Mask#getSalt <em>Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salt</em>' attribute.
	 * @see #getSalt()
	 * @generated
	 */
	void setSalt(String value);

} // Mask
