/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pivot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Rows to columns: per group of groupKeys, one output column per declared value of pivotColumn, holding function(valueColumn) over the group's rows with that value (as DuckDB's PIVOT ... ON pivotColumn IN (values) USING function(valueColumn) GROUP BY groupKeys).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Pivot#getGroupKeys <em>Group Keys</em>}</li>
 *   <li>{@link io.sluice.model.Pivot#getPivotColumn <em>Pivot Column</em>}</li>
 *   <li>{@link io.sluice.model.Pivot#getValues <em>Values</em>}</li>
 *   <li>{@link io.sluice.model.Pivot#getFunction <em>Function</em>}</li>
 *   <li>{@link io.sluice.model.Pivot#getValueColumn <em>Value Column</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getPivot()
 * @model
 * @generated
 */
public interface Pivot extends Transform {
	/**
	 * Returns the value of the '<em><b>Group Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Keys</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getPivot_GroupKeys()
	 * @model
	 * @generated
	 */
	EList<String> getGroupKeys();

	/**
	 * Returns the value of the '<em><b>Pivot Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pivot Column</em>' attribute.
	 * @see #setPivotColumn(String)
	 * @see io.sluice.model.SluicePackage#getPivot_PivotColumn()
	 * @model
	 * @generated
	 */
	String getPivotColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Pivot#getPivotColumn <em>Pivot Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pivot Column</em>' attribute.
	 * @see #getPivotColumn()
	 * @generated
	 */
	void setPivotColumn(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values of pivotColumn that become columns, in output order; each names its column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getPivot_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The default value is <code>"SUM"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.AggregateFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see io.sluice.model.AggregateFunction
	 * @see #setFunction(AggregateFunction)
	 * @see io.sluice.model.SluicePackage#getPivot_Function()
	 * @model default="SUM"
	 * @generated
	 */
	AggregateFunction getFunction();

	/**
	 * Sets the value of the '{@link io.sluice.model.Pivot#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see io.sluice.model.AggregateFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(AggregateFunction value);

	/**
	 * Returns the value of the '<em><b>Value Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Column</em>' attribute.
	 * @see #setValueColumn(String)
	 * @see io.sluice.model.SluicePackage#getPivot_ValueColumn()
	 * @model
	 * @generated
	 */
	String getValueColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Pivot#getValueColumn <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Column</em>' attribute.
	 * @see #getValueColumn()
	 * @generated
	 */
	void setValueColumn(String value);

} // Pivot
