/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transform</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getTransform()
 * @model abstract="true"
 * @generated
 */
public interface Transform extends Step {
} // Transform
