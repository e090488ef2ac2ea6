/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parquet Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.ParquetSink#getCompression <em>Compression</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getParquetSink()
 * @model
 * @generated
 */
public interface ParquetSink extends FileSink {
	/**
	 * Returns the value of the '<em><b>Compression</b></em>' attribute.
	 * The default value is <code>"SNAPPY"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.ParquetCompression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compression</em>' attribute.
	 * @see io.sluice.model.ParquetCompression
	 * @see #setCompression(ParquetCompression)
	 * @see io.sluice.model.SluicePackage#getParquetSink_Compression()
	 * @model default="SNAPPY"
	 * @generated
	 */
	ParquetCompression getCompression();

	/**
	 * Sets the value of the '{@link io.sluice.model.ParquetSink#getCompression <em>Compression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compression</em>' attribute.
	 * @see io.sluice.model.ParquetCompression
	 * @see #getCompression()
	 * @generated
	 */
	void setCompression(ParquetCompression value);

} // ParquetSink
