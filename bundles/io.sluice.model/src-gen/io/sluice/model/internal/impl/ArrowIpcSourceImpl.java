/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.ArrowIpcSource;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arrow Ipc Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ArrowIpcSourceImpl extends FileSourceImpl implements ArrowIpcSource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArrowIpcSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.ARROW_IPC_SOURCE;
	}

} //ArrowIpcSourceImpl
