/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Json Lines Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getJsonLinesSink()
 * @model
 * @generated
 */
public interface JsonLinesSink extends FileSink {
} // JsonLinesSink
