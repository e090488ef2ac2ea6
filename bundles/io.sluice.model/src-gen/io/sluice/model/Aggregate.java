/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aggregate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Aggregate#getGroupKeys <em>Group Keys</em>}</li>
 *   <li>{@link io.sluice.model.Aggregate#getAggregations <em>Aggregations</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getAggregate()
 * @model
 * @generated
 */
public interface Aggregate extends Transform {
	/**
	 * Returns the value of the '<em><b>Group Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Keys</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getAggregate_GroupKeys()
	 * @model
	 * @generated
	 */
	EList<String> getGroupKeys();

	/**
	 * Returns the value of the '<em><b>Aggregations</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregations</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getAggregate_Aggregations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Aggregation> getAggregations();

} // Aggregate
