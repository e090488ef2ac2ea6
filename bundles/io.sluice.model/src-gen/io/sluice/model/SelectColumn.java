/**
 */
package io.sluice.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Select Column</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One output column of a select: an input column, optionally renamed and cast.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.SelectColumn#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.SelectColumn#getRename <em>Rename</em>}</li>
 *   <li>{@link io.sluice.model.SelectColumn#getCast <em>Cast</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getSelectColumn()
 * @model
 * @generated
 */
public interface SelectColumn extends EObject {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.sluice.model.SluicePackage#getSelectColumn_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.SelectColumn#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Rename</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rename</em>' attribute.
	 * @see #setRename(String)
	 * @see io.sluice.model.SluicePackage#getSelectColumn_Rename()
	 * @model
	 * @generated
	 */
	String getRename();

	/**
	 * Sets the value of the '{@link io.sluice.model.SelectColumn#getRename <em>Rename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rename</em>' attribute.
	 * @see #getRename()
	 * @generated
	 */
	void setRename(String value);

	/**
	 * Returns the value of the '<em><b>Cast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target DataType name, or empty for no cast.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cast</em>' attribute.
	 * @see #setCast(String)
	 * @see io.sluice.model.SluicePackage#getSelectColumn_Cast()
	 * @model
	 * @generated
	 */
	String getCast();

	/**
	 * Sets the value of the '{@link io.sluice.model.SelectColumn#getCast <em>Cast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cast</em>' attribute.
	 * @see #getCast()
	 * @generated
	 */
	void setCast(String value);

} // SelectColumn
