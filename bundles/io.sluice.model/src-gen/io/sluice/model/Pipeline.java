/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pipeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data pipeline: steps connected by links, plus parameters and canvas notes. The root of every .sluice file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Pipeline#getName <em>Name</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getDescription <em>Description</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getTags <em>Tags</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getSteps <em>Steps</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getLinks <em>Links</em>}</li>
 *   <li>{@link io.sluice.model.Pipeline#getConflicts <em>Conflicts</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getPipeline()
 * @model
 * @generated
 */
public interface Pipeline extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.sluice.model.SluicePackage#getPipeline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.sluice.model.Pipeline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.sluice.model.SluicePackage#getPipeline_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.sluice.model.Pipeline#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format. Unsettable so that it is always written: SluiceModel.save sets it to the current version. Older files are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #setFormatVersion(int)
	 * @see io.sluice.model.SluicePackage#getPipeline_FormatVersion()
	 * @model default="2" unsettable="true"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link io.sluice.model.Pipeline#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Unsets the value of the '{@link io.sluice.model.Pipeline#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	void unsetFormatVersion();

	/**
	 * Returns whether the value of the '{@link io.sluice.model.Pipeline#getFormatVersion <em>Format Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format Version</em>' attribute is set.
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	boolean isSetFormatVersion();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getPipeline_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getPipeline_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getPipeline_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getPipeline_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getPipeline_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.MergeConflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unresolved conflicts left by a three-way merge (sluice merge, Git's merge driver). A pipeline with conflicts loads and shows them, but does not validate until every one is resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflicts</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getPipeline_Conflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeConflict> getConflicts();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Step findStep(String id);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first step with this name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Step findStepByName(String name);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameter with this name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Parameter findParameter(String name);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A step id not used in this pipeline, made of the prefix and a number.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String newStepId(String prefix);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base, or base with a number appended, so that no step has this name yet.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String uniqueStepName(String base);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Null when a link from source.sourcePort to target.targetPort may be added, otherwise the reason why not (self-loop, unknown port, duplicate link, occupied single input, cycle).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String canLink(Step source, String sourcePort, Step target, String targetPort);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Creates and adds a link after checking canLink; throws IllegalArgumentException with the reason when it is not allowed.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Link link(Step source, String sourcePort, Step target, String targetPort);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All links that start or end at the step.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Link> linksOf(Step step);

} // Pipeline
