/**
 */
package io.sluice.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aggregation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Aggregation#getFunction <em>Function</em>}</li>
 *   <li>{@link io.sluice.model.Aggregation#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.Aggregation#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getAggregation()
 * @model
 * @generated
 */
public interface Aggregation extends EObject {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The default value is <code>"SUM"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.AggregateFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see io.sluice.model.AggregateFunction
	 * @see #setFunction(AggregateFunction)
	 * @see io.sluice.model.SluicePackage#getAggregation_Function()
	 * @model default="SUM"
	 * @generated
	 */
	AggregateFunction getFunction();

	/**
	 * Sets the value of the '{@link io.sluice.model.Aggregation#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see io.sluice.model.AggregateFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(AggregateFunction value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.sluice.model.SluicePackage#getAggregation_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Aggregation#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Name</em>' attribute.
	 * @see #setOutputName(String)
	 * @see io.sluice.model.SluicePackage#getAggregation_OutputName()
	 * @model
	 * @generated
	 */
	String getOutputName();

	/**
	 * Sets the value of the '{@link io.sluice.model.Aggregation#getOutputName <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Name</em>' attribute.
	 * @see #getOutputName()
	 * @generated
	 */
	void setOutputName(String value);

} // Aggregation
