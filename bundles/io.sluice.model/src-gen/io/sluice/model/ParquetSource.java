/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parquet Source</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.sluice.model.SluicePackage#getParquetSource()
 * @model
 * @generated
 */
public interface ParquetSource extends FileSource {
} // ParquetSource
