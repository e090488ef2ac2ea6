/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getSink()
 * @model abstract="true"
 * @generated
 */
public interface Sink extends Step {
} // Sink
