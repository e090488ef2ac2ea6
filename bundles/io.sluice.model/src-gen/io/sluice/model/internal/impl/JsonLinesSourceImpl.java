/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.JsonLinesSource;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Json Lines Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class JsonLinesSourceImpl extends FileSourceImpl implements JsonLinesSource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JsonLinesSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.JSON_LINES_SOURCE;
	}

} //JsonLinesSourceImpl
