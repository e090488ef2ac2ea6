/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arrow Ipc Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getArrowIpcSink()
 * @model
 * @generated
 */
public interface ArrowIpcSink extends FileSink {
} // ArrowIpcSink
