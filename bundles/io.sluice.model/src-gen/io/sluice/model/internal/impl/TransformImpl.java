/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.SluicePackage;
import io.sluice.model.Transform;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transform</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class TransformImpl extends StepImpl implements Transform {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransformImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.TRANSFORM;
	}

} //TransformImpl
