/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.ArrowIpcSink;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arrow Ipc Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ArrowIpcSinkImpl extends FileSinkImpl implements ArrowIpcSink {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArrowIpcSinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.ARROW_IPC_SINK;
	}

} //ArrowIpcSinkImpl
