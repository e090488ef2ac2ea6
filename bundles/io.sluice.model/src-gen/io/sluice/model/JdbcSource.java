/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jdbc Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.JdbcSource#getConnection <em>Connection</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getTable <em>Table</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getFilter <em>Filter</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getHighWaterColumn <em>High Water Column</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getFetchSize <em>Fetch Size</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getUrl <em>Url</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getQuery <em>Query</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getUser <em>User</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSource#getPassword <em>Password</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getJdbcSource()
 * @model
 * @generated
 */
public interface JdbcSource extends Source {
	/**
	 * Returns the value of the '<em><b>Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of a connection defined outside the pipeline (~/.sluice/connections.properties or the project's .sluice/connections.properties): URL, user, password reference and driver coordinates. When set, url, user and password are not used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connection</em>' attribute.
	 * @see #setConnection(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_Connection()
	 * @model
	 * @generated
	 */
	String getConnection();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getConnection <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection</em>' attribute.
	 * @see #getConnection()
	 * @generated
	 */
	void setConnection(String value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A table to read instead of a query: only the declared columns are selected (pushed down), with the filter as WHERE clause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SQL condition pushed down as the WHERE clause (of the table, or around the query).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filter</em>' attribute.
	 * @see #setFilter(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_Filter()
	 * @model
	 * @generated
	 */
	String getFilter();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getFilter <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filter</em>' attribute.
	 * @see #getFilter()
	 * @generated
	 */
	void setFilter(String value);

	/**
	 * Returns the value of the '<em><b>High Water Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremental read: only rows whose value in this column (such as updated_at or an id) is greater than the mark stored by the last committed run; the mark advances only when the run commits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High Water Column</em>' attribute.
	 * @see #setHighWaterColumn(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_HighWaterColumn()
	 * @model
	 * @generated
	 */
	String getHighWaterColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getHighWaterColumn <em>High Water Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Water Column</em>' attribute.
	 * @see #getHighWaterColumn()
	 * @generated
	 */
	void setHighWaterColumn(String value);

	/**
	 * Returns the value of the '<em><b>Fetch Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows fetched per round trip (0: the run's batch size). The read runs with autocommit off so that drivers such as PostgreSQL's stream.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fetch Size</em>' attribute.
	 * @see #setFetchSize(int)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_FetchSize()
	 * @model default="0"
	 * @generated
	 */
	int getFetchSize();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getFetchSize <em>Fetch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fetch Size</em>' attribute.
	 * @see #getFetchSize()
	 * @generated
	 */
	void setFetchSize(int value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * The default value is <code>"jdbc:h2:mem:sluice"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_Url()
	 * @model default="jdbc:h2:mem:sluice"
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_Query()
	 * @model
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getUser <em>User</em>}' attribute.
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
	 * Only a ${secret:name} reference; secrets never go in the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password</em>' attribute.
	 * @see #setPassword(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSource_Password()
	 * @model
	 * @generated
	 */
	String getPassword();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSource#getPassword <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password</em>' attribute.
	 * @see #getPassword()
	 * @generated
	 */
	void setPassword(String value);

} // JdbcSource
