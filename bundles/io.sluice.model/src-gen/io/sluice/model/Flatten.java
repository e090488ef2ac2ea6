/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flatten</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A STRUCT column's fields to top-level columns, in its place and in field order, each named prefix + field name (as DuckDB's struct.*). A name that clashes with another column is a validation error.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Flatten#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.Flatten#getPrefix <em>Prefix</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getFlatten()
 * @model
 * @generated
 */
public interface Flatten extends Transform {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.sluice.model.SluicePackage#getFlatten_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Flatten#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see io.sluice.model.SluicePackage#getFlatten_Prefix()
	 * @model
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link io.sluice.model.Flatten#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

} // Flatten
