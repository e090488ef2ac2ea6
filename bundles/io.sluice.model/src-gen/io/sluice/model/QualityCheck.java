/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quality Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.QualityCheck#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getQualityCheck()
 * @model
 * @generated
 */
public interface QualityCheck extends Transform {
	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.QualityRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getQualityCheck_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<QualityRule> getRules();

} // QualityCheck
