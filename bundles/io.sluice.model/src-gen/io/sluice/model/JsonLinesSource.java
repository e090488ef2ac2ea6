/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Json Lines Source</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getJsonLinesSource()
 * @model
 * @generated
 */
public interface JsonLinesSource extends FileSource {
} // JsonLinesSource
