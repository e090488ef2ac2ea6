/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.JsonLinesSink;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Json Lines Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class JsonLinesSinkImpl extends FileSinkImpl implements JsonLinesSink {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JsonLinesSinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.JSON_LINES_SINK;
	}

} //JsonLinesSinkImpl
