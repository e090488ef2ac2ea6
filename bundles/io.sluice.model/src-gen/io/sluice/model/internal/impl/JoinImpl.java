/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.Join;
import io.sluice.model.JoinKind;
import io.sluice.model.SluicePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Join</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.JoinImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JoinImpl#getLeftKeys <em>Left Keys</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JoinImpl#getRightKeys <em>Right Keys</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JoinImpl extends TransformImpl implements Join {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final JoinKind KIND_EDEFAULT = JoinKind.INNER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected JoinKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeftKeys() <em>Left Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeftKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> leftKeys;

	/**
	 * The cached value of the '{@link #getRightKeys() <em>Right Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRightKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> rightKeys;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JoinImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.JOIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JoinKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(JoinKind newKind) {
		JoinKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JOIN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLeftKeys() {
		if (leftKeys == null) {
			leftKeys = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.JOIN__LEFT_KEYS);
		}
		return leftKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRightKeys() {
		if (rightKeys == null) {
			rightKeys = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.JOIN__RIGHT_KEYS);
		}
		return rightKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.JOIN__KIND:
				return getKind();
			case SluicePackage.JOIN__LEFT_KEYS:
				return getLeftKeys();
			case SluicePackage.JOIN__RIGHT_KEYS:
				return getRightKeys();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SluicePackage.JOIN__KIND:
				setKind((JoinKind)newValue);
				return;
			case SluicePackage.JOIN__LEFT_KEYS:
				getLeftKeys().clear();
				getLeftKeys().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.JOIN__RIGHT_KEYS:
				getRightKeys().clear();
				getRightKeys().addAll((Collection<? extends String>)newValue);
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
			case SluicePackage.JOIN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SluicePackage.JOIN__LEFT_KEYS:
				getLeftKeys().clear();
				return;
			case SluicePackage.JOIN__RIGHT_KEYS:
				getRightKeys().clear();
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
			case SluicePackage.JOIN__KIND:
				return kind != KIND_EDEFAULT;
			case SluicePackage.JOIN__LEFT_KEYS:
				return leftKeys != null && !leftKeys.isEmpty();
			case SluicePackage.JOIN__RIGHT_KEYS:
				return rightKeys != null && !rightKeys.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", leftKeys: ");
		result.append(leftKeys);
		result.append(", rightKeys: ");
		result.append(rightKeys);
		result.append(')');
		return result.toString();
	}

} //JoinImpl
