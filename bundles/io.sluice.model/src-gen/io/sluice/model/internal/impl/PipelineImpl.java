/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.Link;
import io.sluice.model.MergeConflict;
import io.sluice.model.Note;
import io.sluice.model.Parameter;
import io.sluice.model.Pipeline;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pipeline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PipelineImpl#getConflicts <em>Conflicts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PipelineImpl extends MinimalEObjectImpl.Container implements Pipeline {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * This is true if the Format Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatVersionESet;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getConflicts() <em>Conflicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflicts()
	 * @generated
	 * @ordered
	 */
	protected EList<MergeConflict> conflicts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PipelineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.PIPELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.PIPELINE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.PIPELINE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.PIPELINE__FORMAT_VERSION, oldFormatVersion, formatVersion, !oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormatVersion() {
		int oldFormatVersion = formatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersion = FORMAT_VERSION_EDEFAULT;
		formatVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SluicePackage.PIPELINE__FORMAT_VERSION, oldFormatVersion, FORMAT_VERSION_EDEFAULT, oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormatVersion() {
		return formatVersionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, SluicePackage.PIPELINE__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.PIPELINE__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, SluicePackage.PIPELINE__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, SluicePackage.PIPELINE__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, SluicePackage.PIPELINE__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MergeConflict> getConflicts() {
		if (conflicts == null) {
			conflicts = new EObjectContainmentEList<MergeConflict>(MergeConflict.class, this, SluicePackage.PIPELINE__CONFLICTS);
		}
		return conflicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step findStep(final String id) {
		return io.sluice.model.internal.ModelRules.findStep(this, id);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step findStepByName(final String name) {
		return io.sluice.model.internal.ModelRules.findStepByName(this, name);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter findParameter(final String name) {
		return io.sluice.model.internal.ModelRules.findParameter(this, name);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String newStepId(final String prefix) {
		return io.sluice.model.internal.ModelRules.newStepId(this, prefix);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String uniqueStepName(final String base) {
		return io.sluice.model.internal.ModelRules.uniqueStepName(this, base);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String canLink(final Step source, final String sourcePort, final Step target, final String targetPort) {
		return io.sluice.model.internal.ModelRules.canLink(this, source, sourcePort, target, targetPort);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link link(final Step source, final String sourcePort, final Step target, final String targetPort) {
		return io.sluice.model.internal.ModelRules.link(this, source, sourcePort, target, targetPort);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> linksOf(final Step step) {
		return io.sluice.model.internal.ModelRules.linksOf(this, step);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SluicePackage.PIPELINE__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case SluicePackage.PIPELINE__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case SluicePackage.PIPELINE__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case SluicePackage.PIPELINE__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case SluicePackage.PIPELINE__CONFLICTS:
				return ((InternalEList<?>)getConflicts()).basicRemove(otherEnd, msgs);
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
			case SluicePackage.PIPELINE__NAME:
				return getName();
			case SluicePackage.PIPELINE__DESCRIPTION:
				return getDescription();
			case SluicePackage.PIPELINE__FORMAT_VERSION:
				return getFormatVersion();
			case SluicePackage.PIPELINE__PARAMETERS:
				return getParameters();
			case SluicePackage.PIPELINE__TAGS:
				return getTags();
			case SluicePackage.PIPELINE__NOTES:
				return getNotes();
			case SluicePackage.PIPELINE__STEPS:
				return getSteps();
			case SluicePackage.PIPELINE__LINKS:
				return getLinks();
			case SluicePackage.PIPELINE__CONFLICTS:
				return getConflicts();
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
			case SluicePackage.PIPELINE__NAME:
				setName((String)newValue);
				return;
			case SluicePackage.PIPELINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SluicePackage.PIPELINE__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case SluicePackage.PIPELINE__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case SluicePackage.PIPELINE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.PIPELINE__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case SluicePackage.PIPELINE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case SluicePackage.PIPELINE__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case SluicePackage.PIPELINE__CONFLICTS:
				getConflicts().clear();
				getConflicts().addAll((Collection<? extends MergeConflict>)newValue);
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
			case SluicePackage.PIPELINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SluicePackage.PIPELINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SluicePackage.PIPELINE__FORMAT_VERSION:
				unsetFormatVersion();
				return;
			case SluicePackage.PIPELINE__PARAMETERS:
				getParameters().clear();
				return;
			case SluicePackage.PIPELINE__TAGS:
				getTags().clear();
				return;
			case SluicePackage.PIPELINE__NOTES:
				getNotes().clear();
				return;
			case SluicePackage.PIPELINE__STEPS:
				getSteps().clear();
				return;
			case SluicePackage.PIPELINE__LINKS:
				getLinks().clear();
				return;
			case SluicePackage.PIPELINE__CONFLICTS:
				getConflicts().clear();
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
			case SluicePackage.PIPELINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SluicePackage.PIPELINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SluicePackage.PIPELINE__FORMAT_VERSION:
				return isSetFormatVersion();
			case SluicePackage.PIPELINE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case SluicePackage.PIPELINE__TAGS:
				return tags != null && !tags.isEmpty();
			case SluicePackage.PIPELINE__NOTES:
				return notes != null && !notes.isEmpty();
			case SluicePackage.PIPELINE__STEPS:
				return steps != null && !steps.isEmpty();
			case SluicePackage.PIPELINE__LINKS:
				return links != null && !links.isEmpty();
			case SluicePackage.PIPELINE__CONFLICTS:
				return conflicts != null && !conflicts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SluicePackage.PIPELINE___FIND_STEP__STRING:
				return findStep((String)arguments.get(0));
			case SluicePackage.PIPELINE___FIND_STEP_BY_NAME__STRING:
				return findStepByName((String)arguments.get(0));
			case SluicePackage.PIPELINE___FIND_PARAMETER__STRING:
				return findParameter((String)arguments.get(0));
			case SluicePackage.PIPELINE___NEW_STEP_ID__STRING:
				return newStepId((String)arguments.get(0));
			case SluicePackage.PIPELINE___UNIQUE_STEP_NAME__STRING:
				return uniqueStepName((String)arguments.get(0));
			case SluicePackage.PIPELINE___CAN_LINK__STEP_STRING_STEP_STRING:
				return canLink((Step)arguments.get(0), (String)arguments.get(1), (Step)arguments.get(2), (String)arguments.get(3));
			case SluicePackage.PIPELINE___LINK__STEP_STRING_STEP_STRING:
				return link((Step)arguments.get(0), (String)arguments.get(1), (Step)arguments.get(2), (String)arguments.get(3));
			case SluicePackage.PIPELINE___LINKS_OF__STEP:
				return linksOf((Step)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", formatVersion: ");
		if (formatVersionESet) result.append(formatVersion); else result.append("<unset>");
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //PipelineImpl
