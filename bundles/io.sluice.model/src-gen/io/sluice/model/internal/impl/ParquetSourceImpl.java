/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.ParquetSource;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Parquet Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ParquetSourceImpl extends FileSourceImpl implements ParquetSource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParquetSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.PARQUET_SOURCE;
	}

} //ParquetSourceImpl
