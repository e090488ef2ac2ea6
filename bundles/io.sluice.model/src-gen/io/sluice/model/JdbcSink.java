/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jdbc Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.JdbcSink#getConnection <em>Connection</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getLoadMethod <em>Load Method</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getCommitEvery <em>Commit Every</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getUrl <em>Url</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getUser <em>User</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getPassword <em>Password</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getTable <em>Table</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getMode <em>Mode</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getKeyColumns <em>Key Columns</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getJdbcSink()
 * @model
 * @generated
 */
public interface JdbcSink extends Sink {
	/**
	 * Returns the value of the '<em><b>Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of a connection defined outside the pipeline (~/.sluice/connections.properties or the project's .sluice/connections.properties): URL, user, password reference and driver coordinates. When set, url, user and password are not used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connection</em>' attribute.
	 * @see #setConnection(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Connection()
	 * @model
	 * @generated
	 */
	String getConnection();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getConnection <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection</em>' attribute.
	 * @see #getConnection()
	 * @generated
	 */
	void setConnection(String value);

	/**
	 * Returns the value of the '<em><b>Load Method</b></em>' attribute.
	 * The default value is <code>"BATCH"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.LoadMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BATCH: batched INSERT (or upsert) statements; COPY: PostgreSQL's COPY FROM STDIN for bulk loads (INSERT mode only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Load Method</em>' attribute.
	 * @see io.sluice.model.LoadMethod
	 * @see #setLoadMethod(LoadMethod)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_LoadMethod()
	 * @model default="BATCH"
	 * @generated
	 */
	LoadMethod getLoadMethod();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getLoadMethod <em>Load Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load Method</em>' attribute.
	 * @see io.sluice.model.LoadMethod
	 * @see #getLoadMethod()
	 * @generated
	 */
	void setLoadMethod(LoadMethod value);

	/**
	 * Returns the value of the '<em><b>Commit Every</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0: the whole run is one transaction (nothing is visible on failure); N: commit every N rows (a failure leaves the committed batches).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commit Every</em>' attribute.
	 * @see #setCommitEvery(int)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_CommitEvery()
	 * @model default="0"
	 * @generated
	 */
	int getCommitEvery();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getCommitEvery <em>Commit Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commit Every</em>' attribute.
	 * @see #getCommitEvery()
	 * @generated
	 */
	void setCommitEvery(int value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * The default value is <code>"jdbc:h2:mem:sluice"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Url()
	 * @model default="jdbc:h2:mem:sluice"
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only a ${secret:name} reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password</em>' attribute.
	 * @see #setPassword(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Password()
	 * @model
	 * @generated
	 */
	String getPassword();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getPassword <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password</em>' attribute.
	 * @see #getPassword()
	 * @generated
	 */
	void setPassword(String value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"INSERT"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.WriteMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.sluice.model.WriteMode
	 * @see #setMode(WriteMode)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Mode()
	 * @model default="INSERT"
	 * @generated
	 */
	WriteMode getMode();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.sluice.model.WriteMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(WriteMode value);

	/**
	 * Returns the value of the '<em><b>Key Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Columns</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getJdbcSink_KeyColumns()
	 * @model
	 * @generated
	 */
	EList<String> getKeyColumns();

} // JdbcSink
