/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.CsvSource;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Csv Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#isHeader <em>Header</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#isBindByPosition <em>Bind By Position</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#getNullValue <em>Null Value</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.CsvSourceImpl#isInferDecimals <em>Infer Decimals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CsvSourceImpl extends FileSourceImpl implements CsvSource {
	/**
	 * The default value of the '{@link #getDelimiter() <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelimiter()
	 * @generated
	 * @ordered
	 */
	protected static final String DELIMITER_EDEFAULT = ",";

	/**
	 * The cached value of the '{@link #getDelimiter() <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelimiter()
	 * @generated
	 * @ordered
	 */
	protected String delimiter = DELIMITER_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = "\"";

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isHeader() <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeader()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HEADER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHeader() <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeader()
	 * @generated
	 * @ordered
	 */
	protected boolean header = HEADER_EDEFAULT;

	/**
	 * The default value of the '{@link #isBindByPosition() <em>Bind By Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBindByPosition()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIND_BY_POSITION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBindByPosition() <em>Bind By Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBindByPosition()
	 * @generated
	 * @ordered
	 */
	protected boolean bindByPosition = BIND_BY_POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_EDEFAULT = "UTF-8";

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected String encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getNullValue() <em>Null Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNullValue()
	 * @generated
	 * @ordered
	 */
	protected static final String NULL_VALUE_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getNullValue() <em>Null Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNullValue()
	 * @generated
	 * @ordered
	 */
	protected String nullValue = NULL_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isInferDecimals() <em>Infer Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInferDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INFER_DECIMALS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInferDecimals() <em>Infer Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInferDecimals()
	 * @generated
	 * @ordered
	 */
	protected boolean inferDecimals = INFER_DECIMALS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CsvSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.CSV_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDelimiter() {
		return delimiter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelimiter(String newDelimiter) {
		String oldDelimiter = delimiter;
		delimiter = newDelimiter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__DELIMITER, oldDelimiter, delimiter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHeader() {
		return header;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeader(boolean newHeader) {
		boolean oldHeader = header;
		header = newHeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__HEADER, oldHeader, header));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBindByPosition() {
		return bindByPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBindByPosition(boolean newBindByPosition) {
		boolean oldBindByPosition = bindByPosition;
		bindByPosition = newBindByPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__BIND_BY_POSITION, oldBindByPosition, bindByPosition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(String newEncoding) {
		String oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNullValue() {
		return nullValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNullValue(String newNullValue) {
		String oldNullValue = nullValue;
		nullValue = newNullValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__NULL_VALUE, oldNullValue, nullValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInferDecimals() {
		return inferDecimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInferDecimals(boolean newInferDecimals) {
		boolean oldInferDecimals = inferDecimals;
		inferDecimals = newInferDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.CSV_SOURCE__INFER_DECIMALS, oldInferDecimals, inferDecimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.CSV_SOURCE__DELIMITER:
				return getDelimiter();
			case SluicePackage.CSV_SOURCE__QUOTE:
				return getQuote();
			case SluicePackage.CSV_SOURCE__HEADER:
				return isHeader();
			case SluicePackage.CSV_SOURCE__BIND_BY_POSITION:
				return isBindByPosition();
			case SluicePackage.CSV_SOURCE__ENCODING:
				return getEncoding();
			case SluicePackage.CSV_SOURCE__NULL_VALUE:
				return getNullValue();
			case SluicePackage.CSV_SOURCE__INFER_DECIMALS:
				return isInferDecimals();
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
			case SluicePackage.CSV_SOURCE__DELIMITER:
				setDelimiter((String)newValue);
				return;
			case SluicePackage.CSV_SOURCE__QUOTE:
				setQuote((String)newValue);
				return;
			case SluicePackage.CSV_SOURCE__HEADER:
				setHeader((Boolean)newValue);
				return;
			case SluicePackage.CSV_SOURCE__BIND_BY_POSITION:
				setBindByPosition((Boolean)newValue);
				return;
			case SluicePackage.CSV_SOURCE__ENCODING:
				setEncoding((String)newValue);
				return;
			case SluicePackage.CSV_SOURCE__NULL_VALUE:
				setNullValue((String)newValue);
				return;
			case SluicePackage.CSV_SOURCE__INFER_DECIMALS:
				setInferDecimals((Boolean)newValue);
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
			case SluicePackage.CSV_SOURCE__DELIMITER:
				setDelimiter(DELIMITER_EDEFAULT);
				return;
			case SluicePackage.CSV_SOURCE__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case SluicePackage.CSV_SOURCE__HEADER:
				setHeader(HEADER_EDEFAULT);
				return;
			case SluicePackage.CSV_SOURCE__BIND_BY_POSITION:
				setBindByPosition(BIND_BY_POSITION_EDEFAULT);
				return;
			case SluicePackage.CSV_SOURCE__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case SluicePackage.CSV_SOURCE__NULL_VALUE:
				setNullValue(NULL_VALUE_EDEFAULT);
				return;
			case SluicePackage.CSV_SOURCE__INFER_DECIMALS:
				setInferDecimals(INFER_DECIMALS_EDEFAULT);
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
			case SluicePackage.CSV_SOURCE__DELIMITER:
				return DELIMITER_EDEFAULT == null ? delimiter != null : !DELIMITER_EDEFAULT.equals(delimiter);
			case SluicePackage.CSV_SOURCE__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case SluicePackage.CSV_SOURCE__HEADER:
				return header != HEADER_EDEFAULT;
			case SluicePackage.CSV_SOURCE__BIND_BY_POSITION:
				return bindByPosition != BIND_BY_POSITION_EDEFAULT;
			case SluicePackage.CSV_SOURCE__ENCODING:
				return ENCODING_EDEFAULT == null ? encoding != null : !ENCODING_EDEFAULT.equals(encoding);
			case SluicePackage.CSV_SOURCE__NULL_VALUE:
				return NULL_VALUE_EDEFAULT == null ? nullValue != null : !NULL_VALUE_EDEFAULT.equals(nullValue);
			case SluicePackage.CSV_SOURCE__INFER_DECIMALS:
				return inferDecimals != INFER_DECIMALS_EDEFAULT;
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
		result.append(" (delimiter: ");
		result.append(delimiter);
		result.append(", quote: ");
		result.append(quote);
		result.append(", header: ");
		result.append(header);
		result.append(", bindByPosition: ");
		result.append(bindByPosition);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", nullValue: ");
		result.append(nullValue);
		result.append(", inferDecimals: ");
		result.append(inferDecimals);
		result.append(')');
		return result.toString();
	}

} //CsvSourceImpl
