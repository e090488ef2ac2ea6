/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.ConflictKind;
import io.sluice.model.MergeConflict;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getStepId <em>Step Id</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getProperty <em>Property</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getBase <em>Base</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getOurs <em>Ours</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getTheirs <em>Theirs</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.MergeConflictImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MergeConflictImpl extends MinimalEObjectImpl.Container implements MergeConflict {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConflictKind KIND_EDEFAULT = ConflictKind.PROPERTY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConflictKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepId() <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepId()
	 * @generated
	 * @ordered
	 */
	protected static final String STEP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStepId() <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepId()
	 * @generated
	 * @ordered
	 */
	protected String stepId = STEP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProperty() <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPERTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProperty() <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected String property = PROPERTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected String base = BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOurs() <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected static final String OURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOurs() <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected String ours = OURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheirs() <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected static final String THEIRS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheirs() <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected String theirs = THEIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MergeConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.MERGE_CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConflictKind newKind) {
		ConflictKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStepId() {
		return stepId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepId(String newStepId) {
		String oldStepId = stepId;
		stepId = newStepId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__STEP_ID, oldStepId, stepId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProperty() {
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProperty(String newProperty) {
		String oldProperty = property;
		property = newProperty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__PROPERTY, oldProperty, property));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(String newBase) {
		String oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOurs() {
		return ours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurs(String newOurs) {
		String oldOurs = ours;
		ours = newOurs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__OURS, oldOurs, ours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheirs() {
		return theirs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirs(String newTheirs) {
		String oldTheirs = theirs;
		theirs = newTheirs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__THEIRS, oldTheirs, theirs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.MERGE_CONFLICT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.MERGE_CONFLICT__KIND:
				return getKind();
			case SluicePackage.MERGE_CONFLICT__STEP_ID:
				return getStepId();
			case SluicePackage.MERGE_CONFLICT__PROPERTY:
				return getProperty();
			case SluicePackage.MERGE_CONFLICT__BASE:
				return getBase();
			case SluicePackage.MERGE_CONFLICT__OURS:
				return getOurs();
			case SluicePackage.MERGE_CONFLICT__THEIRS:
				return getTheirs();
			case SluicePackage.MERGE_CONFLICT__MESSAGE:
				return getMessage();
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
			case SluicePackage.MERGE_CONFLICT__KIND:
				setKind((ConflictKind)newValue);
				return;
			case SluicePackage.MERGE_CONFLICT__STEP_ID:
				setStepId((String)newValue);
				return;
			case SluicePackage.MERGE_CONFLICT__PROPERTY:
				setProperty((String)newValue);
				return;
			case SluicePackage.MERGE_CONFLICT__BASE:
				setBase((String)newValue);
				return;
			case SluicePackage.MERGE_CONFLICT__OURS:
				setOurs((String)newValue);
				return;
			case SluicePackage.MERGE_CONFLICT__THEIRS:
				setTheirs((String)newValue);
				return;
			case SluicePackage.MERGE_CONFLICT__MESSAGE:
				setMessage((String)newValue);
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
			case SluicePackage.MERGE_CONFLICT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SluicePackage.MERGE_CONFLICT__STEP_ID:
				setStepId(STEP_ID_EDEFAULT);
				return;
			case SluicePackage.MERGE_CONFLICT__PROPERTY:
				setProperty(PROPERTY_EDEFAULT);
				return;
			case SluicePackage.MERGE_CONFLICT__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case SluicePackage.MERGE_CONFLICT__OURS:
				setOurs(OURS_EDEFAULT);
				return;
			case SluicePackage.MERGE_CONFLICT__THEIRS:
				setTheirs(THEIRS_EDEFAULT);
				return;
			case SluicePackage.MERGE_CONFLICT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
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
			case SluicePackage.MERGE_CONFLICT__KIND:
				return kind != KIND_EDEFAULT;
			case SluicePackage.MERGE_CONFLICT__STEP_ID:
				return STEP_ID_EDEFAULT == null ? stepId != null : !STEP_ID_EDEFAULT.equals(stepId);
			case SluicePackage.MERGE_CONFLICT__PROPERTY:
				return PROPERTY_EDEFAULT == null ? property != null : !PROPERTY_EDEFAULT.equals(property);
			case SluicePackage.MERGE_CONFLICT__BASE:
				return BASE_EDEFAULT == null ? base != null : !BASE_EDEFAULT.equals(base);
			case SluicePackage.MERGE_CONFLICT__OURS:
				return OURS_EDEFAULT == null ? ours != null : !OURS_EDEFAULT.equals(ours);
			case SluicePackage.MERGE_CONFLICT__THEIRS:
				return THEIRS_EDEFAULT == null ? theirs != null : !THEIRS_EDEFAULT.equals(theirs);
			case SluicePackage.MERGE_CONFLICT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
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
		result.append(", stepId: ");
		result.append(stepId);
		result.append(", property: ");
		result.append(property);
		result.append(", base: ");
		result.append(base);
		result.append(", ours: ");
		result.append(ours);
		result.append(", theirs: ");
		result.append(theirs);
		result.append(", message: ");
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //MergeConflictImpl
