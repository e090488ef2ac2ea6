/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.DriftPolicy;
import io.sluice.model.FileSource;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.FileSourceImpl#getDriftPolicy <em>Drift Policy</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.FileSourceImpl#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FileSourceImpl extends SourceImpl implements FileSource {
	/**
	 * The default value of the '{@link #getDriftPolicy() <em>Drift Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final DriftPolicy DRIFT_POLICY_EDEFAULT = DriftPolicy.STRICT;

	/**
	 * The cached value of the '{@link #getDriftPolicy() <em>Drift Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftPolicy()
	 * @generated
	 * @ordered
	 */
	protected DriftPolicy driftPolicy = DRIFT_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.FILE_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriftPolicy getDriftPolicy() {
		return driftPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftPolicy(DriftPolicy newDriftPolicy) {
		DriftPolicy oldDriftPolicy = driftPolicy;
		driftPolicy = newDriftPolicy == null ? DRIFT_POLICY_EDEFAULT : newDriftPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.FILE_SOURCE__DRIFT_POLICY, oldDriftPolicy, driftPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.FILE_SOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.FILE_SOURCE__DRIFT_POLICY:
				return getDriftPolicy();
			case SluicePackage.FILE_SOURCE__PATH:
				return getPath();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SluicePackage.FILE_SOURCE__DRIFT_POLICY:
				setDriftPolicy((DriftPolicy)newValue);
				return;
			case SluicePackage.FILE_SOURCE__PATH:
				setPath((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SluicePackage.FILE_SOURCE__DRIFT_POLICY:
				setDriftPolicy(DRIFT_POLICY_EDEFAULT);
				return;
			case SluicePackage.FILE_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SluicePackage.FILE_SOURCE__DRIFT_POLICY:
				return driftPolicy != DRIFT_POLICY_EDEFAULT;
			case SluicePackage.FILE_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (driftPolicy: ");
		result.append(driftPolicy);
		result.append(", path: ");
		result.append(path);
		result.append(')');
		return result.toString();
	}

} //FileSourceImpl
