/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unnest</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A LIST column to rows: every input row gives one output row per element of its list, the element in place of the list (same name) and its 1-based position in positionColumn (none when blank), as DuckDB's UNNEST. An empty or NULL list gives no row, unless keepEmpty: then one row with NULL element and position.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Unnest#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.Unnest#getPositionColumn <em>Position Column</em>}</li>
 *   <li>{@link io.sluice.model.Unnest#isKeepEmpty <em>Keep Empty</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getUnnest()
 * @model
 * @generated
 */
public interface Unnest extends Transform {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.sluice.model.SluicePackage#getUnnest_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Unnest#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Position Column</b></em>' attribute.
	 * The default value is <code>"position"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position Column</em>' attribute.
	 * @see #setPositionColumn(String)
	 * @see io.sluice.model.SluicePackage#getUnnest_PositionColumn()
	 * @model default="position"
	 * @generated
	 */
	String getPositionColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Unnest#getPositionColumn <em>Position Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position Column</em>' attribute.
	 * @see #getPositionColumn()
	 * @generated
	 */
	void setPositionColumn(String value);

	/**
	 * Returns the value of the '<em><b>Keep Empty</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keep Empty</em>' attribute.
	 * @see #setKeepEmpty(boolean)
	 * @see io.sluice.model.SluicePackage#getUnnest_KeepEmpty()
	 * @model default="false"
	 * @generated
	 */
	boolean isKeepEmpty();

	/**
	 * Sets the value of the '{@link io.sluice.model.Unnest#isKeepEmpty <em>Keep Empty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Empty</em>' attribute.
	 * @see #isKeepEmpty()
	 * @generated
	 */
	void setKeepEmpty(boolean value);

} // Unnest
