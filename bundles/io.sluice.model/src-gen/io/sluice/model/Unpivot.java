/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unpivot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Columns to rows: every input row gives one output row per listed column, holding the other columns, the column's name in nameColumn and its value in valueColumn (as DuckDB's UNPIVOT ... ON columns INTO NAME nameColumn VALUE valueColumn). NULL values give no row unless includeNulls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Unpivot#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.sluice.model.Unpivot#getNameColumn <em>Name Column</em>}</li>
 *   <li>{@link io.sluice.model.Unpivot#getValueColumn <em>Value Column</em>}</li>
 *   <li>{@link io.sluice.model.Unpivot#isIncludeNulls <em>Include Nulls</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getUnpivot()
 * @model
 * @generated
 */
public interface Unpivot extends Transform {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getUnpivot_Columns()
	 * @model
	 * @generated
	 */
	EList<String> getColumns();

	/**
	 * Returns the value of the '<em><b>Name Column</b></em>' attribute.
	 * The default value is <code>"name"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Column</em>' attribute.
	 * @see #setNameColumn(String)
	 * @see io.sluice.model.SluicePackage#getUnpivot_NameColumn()
	 * @model default="name"
	 * @generated
	 */
	String getNameColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Unpivot#getNameColumn <em>Name Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Column</em>' attribute.
	 * @see #getNameColumn()
	 * @generated
	 */
	void setNameColumn(String value);

	/**
	 * Returns the value of the '<em><b>Value Column</b></em>' attribute.
	 * The default value is <code>"value"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Column</em>' attribute.
	 * @see #setValueColumn(String)
	 * @see io.sluice.model.SluicePackage#getUnpivot_ValueColumn()
	 * @model default="value"
	 * @generated
	 */
	String getValueColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Unpivot#getValueColumn <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Column</em>' attribute.
	 * @see #getValueColumn()
	 * @generated
	 */
	void setValueColumn(String value);

	/**
	 * Returns the value of the '<em><b>Include Nulls</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Nulls</em>' attribute.
	 * @see #setIncludeNulls(boolean)
	 * @see io.sluice.model.SluicePackage#getUnpivot_IncludeNulls()
	 * @model default="false"
	 * @generated
	 */
	boolean isIncludeNulls();

	/**
	 * Sets the value of the '{@link io.sluice.model.Unpivot#isIncludeNulls <em>Include Nulls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Nulls</em>' attribute.
	 * @see #isIncludeNulls()
	 * @generated
	 */
	void setIncludeNulls(boolean value);

} // Unpivot
