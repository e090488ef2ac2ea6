/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.Aggregation;
import io.sluice.model.SluicePackage;
import io.sluice.model.Window;
import io.sluice.model.WindowKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Window</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.WindowImpl#getEventTimeColumn <em>Event Time Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.WindowImpl#getWindowKind <em>Window Kind</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.WindowImpl#getSize <em>Size</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.WindowImpl#getSlide <em>Slide</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.WindowImpl#getGroupKeys <em>Group Keys</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.WindowImpl#getAggregations <em>Aggregations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WindowImpl extends TransformImpl implements Window {
	/**
	 * The default value of the '{@link #getEventTimeColumn() <em>Event Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_TIME_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventTimeColumn() <em>Event Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected String eventTimeColumn = EVENT_TIME_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowKind() <em>Window Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowKind()
	 * @generated
	 * @ordered
	 */
	protected static final WindowKind WINDOW_KIND_EDEFAULT = WindowKind.TUMBLING;

	/**
	 * The cached value of the '{@link #getWindowKind() <em>Window Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowKind()
	 * @generated
	 * @ordered
	 */
	protected WindowKind windowKind = WINDOW_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final String SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected String size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlide() <em>Slide</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlide()
	 * @generated
	 * @ordered
	 */
	protected static final String SLIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlide() <em>Slide</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlide()
	 * @generated
	 * @ordered
	 */
	protected String slide = SLIDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroupKeys() <em>Group Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> groupKeys;

	/**
	 * The cached value of the '{@link #getAggregations() <em>Aggregations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregations()
	 * @generated
	 * @ordered
	 */
	protected EList<Aggregation> aggregations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WindowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.WINDOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventTimeColumn() {
		return eventTimeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventTimeColumn(String newEventTimeColumn) {
		String oldEventTimeColumn = eventTimeColumn;
		eventTimeColumn = newEventTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.WINDOW__EVENT_TIME_COLUMN, oldEventTimeColumn, eventTimeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowKind getWindowKind() {
		return windowKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowKind(WindowKind newWindowKind) {
		WindowKind oldWindowKind = windowKind;
		windowKind = newWindowKind == null ? WINDOW_KIND_EDEFAULT : newWindowKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.WINDOW__WINDOW_KIND, oldWindowKind, windowKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(String newSize) {
		String oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.WINDOW__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlide() {
		return slide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlide(String newSlide) {
		String oldSlide = slide;
		slide = newSlide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.WINDOW__SLIDE, oldSlide, slide));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGroupKeys() {
		if (groupKeys == null) {
			groupKeys = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.WINDOW__GROUP_KEYS);
		}
		return groupKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Aggregation> getAggregations() {
		if (aggregations == null) {
			aggregations = new EObjectContainmentEList<Aggregation>(Aggregation.class, this, SluicePackage.WINDOW__AGGREGATIONS);
		}
		return aggregations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SluicePackage.WINDOW__AGGREGATIONS:
				return ((InternalEList<?>)getAggregations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.WINDOW__EVENT_TIME_COLUMN:
				return getEventTimeColumn();
			case SluicePackage.WINDOW__WINDOW_KIND:
				return getWindowKind();
			case SluicePackage.WINDOW__SIZE:
				return getSize();
			case SluicePackage.WINDOW__SLIDE:
				return getSlide();
			case SluicePackage.WINDOW__GROUP_KEYS:
				return getGroupKeys();
			case SluicePackage.WINDOW__AGGREGATIONS:
				return getAggregations();
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
			case SluicePackage.WINDOW__EVENT_TIME_COLUMN:
				setEventTimeColumn((String)newValue);
				return;
			case SluicePackage.WINDOW__WINDOW_KIND:
				setWindowKind((WindowKind)newValue);
				return;
			case SluicePackage.WINDOW__SIZE:
				setSize((String)newValue);
				return;
			case SluicePackage.WINDOW__SLIDE:
				setSlide((String)newValue);
				return;
			case SluicePackage.WINDOW__GROUP_KEYS:
				getGroupKeys().clear();
				getGroupKeys().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.WINDOW__AGGREGATIONS:
				getAggregations().clear();
				getAggregations().addAll((Collection<? extends Aggregation>)newValue);
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
			case SluicePackage.WINDOW__EVENT_TIME_COLUMN:
				setEventTimeColumn(EVENT_TIME_COLUMN_EDEFAULT);
				return;
			case SluicePackage.WINDOW__WINDOW_KIND:
				setWindowKind(WINDOW_KIND_EDEFAULT);
				return;
			case SluicePackage.WINDOW__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SluicePackage.WINDOW__SLIDE:
				setSlide(SLIDE_EDEFAULT);
				return;
			case SluicePackage.WINDOW__GROUP_KEYS:
				getGroupKeys().clear();
				return;
			case SluicePackage.WINDOW__AGGREGATIONS:
				getAggregations().clear();
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
			case SluicePackage.WINDOW__EVENT_TIME_COLUMN:
				return EVENT_TIME_COLUMN_EDEFAULT == null ? eventTimeColumn != null : !EVENT_TIME_COLUMN_EDEFAULT.equals(eventTimeColumn);
			case SluicePackage.WINDOW__WINDOW_KIND:
				return windowKind != WINDOW_KIND_EDEFAULT;
			case SluicePackage.WINDOW__SIZE:
				return SIZE_EDEFAULT == null ? size != null : !SIZE_EDEFAULT.equals(size);
			case SluicePackage.WINDOW__SLIDE:
				return SLIDE_EDEFAULT == null ? slide != null : !SLIDE_EDEFAULT.equals(slide);
			case SluicePackage.WINDOW__GROUP_KEYS:
				return groupKeys != null && !groupKeys.isEmpty();
			case SluicePackage.WINDOW__AGGREGATIONS:
				return aggregations != null && !aggregations.isEmpty();
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
		result.append(" (eventTimeColumn: ");
		result.append(eventTimeColumn);
		result.append(", windowKind: ");
		result.append(windowKind);
		result.append(", size: ");
		result.append(size);
		result.append(", slide: ");
		result.append(slide);
		result.append(", groupKeys: ");
		result.append(groupKeys);
		result.append(')');
		return result.toString();
	}

} //WindowImpl
