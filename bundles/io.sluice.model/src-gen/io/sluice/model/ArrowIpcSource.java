/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arrow Ipc Source</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getArrowIpcSource()
 * @model
 * @generated
 */
public interface ArrowIpcSource extends FileSource {
} // ArrowIpcSource
