/**
 */
package io.sluice.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Quality Rule Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.sluice.model.SluicePackage#getQualityRuleKind()
 * @model
 * @generated
 */
public enum QualityRuleKind implements Enumerator {
	/**
	 * The '<em><b>NOT NULL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_NULL_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_NULL(0, "NOT_NULL", "NOT_NULL"),

	/**
	 * The '<em><b>UNIQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIQUE_VALUE
	 * @generated
	 * @ordered
	 */
	UNIQUE(1, "UNIQUE", "UNIQUE"),

	/**
	 * The '<em><b>RANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANGE_VALUE
	 * @generated
	 * @ordered
	 */
	RANGE(2, "RANGE", "RANGE"),

	/**
	 * The '<em><b>ALLOWED VALUES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOWED_VALUES_VALUE
	 * @generated
	 * @ordered
	 */
	ALLOWED_VALUES(3, "ALLOWED_VALUES", "ALLOWED_VALUES"),

	/**
	 * The '<em><b>REGEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGEX_VALUE
	 * @generated
	 * @ordered
	 */
	REGEX(4, "REGEX", "REGEX"),

	/**
	 * The '<em><b>MAX LENGTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_LENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_LENGTH(5, "MAX_LENGTH", "MAX_LENGTH"),

	/**
	 * The '<em><b>EXPRESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESSION_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESSION(6, "EXPRESSION", "EXPRESSION"),

	/**
	 * The '<em><b>ROW COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROW_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	ROW_COUNT(7, "ROW_COUNT", "ROW_COUNT"),

	/**
	 * The '<em><b>FRESHNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRESHNESS_VALUE
	 * @generated
	 * @ordered
	 */
	FRESHNESS(8, "FRESHNESS", "FRESHNESS"),

	/**
	 * The '<em><b>NULL RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NULL_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	NULL_RATE(9, "NULL_RATE", "NULL_RATE");

	/**
	 * The '<em><b>NOT NULL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_NULL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_NULL_VALUE = 0;

	/**
	 * The '<em><b>UNIQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIQUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIQUE_VALUE = 1;

	/**
	 * The '<em><b>RANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANGE_VALUE = 2;

	/**
	 * The '<em><b>ALLOWED VALUES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOWED_VALUES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALLOWED_VALUES_VALUE = 3;

	/**
	 * The '<em><b>REGEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGEX_VALUE = 4;

	/**
	 * The '<em><b>MAX LENGTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_LENGTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAX_LENGTH_VALUE = 5;

	/**
	 * The '<em><b>EXPRESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESSION_VALUE = 6;

	/**
	 * The '<em><b>ROW COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROW_COUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROW_COUNT_VALUE = 7;

	/**
	 * The '<em><b>FRESHNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRESHNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRESHNESS_VALUE = 8;

	/**
	 * The '<em><b>NULL RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NULL_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NULL_RATE_VALUE = 9;

	/**
	 * An array of all the '<em><b>Quality Rule Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QualityRuleKind[] VALUES_ARRAY =
		new QualityRuleKind[] {
			NOT_NULL,
			UNIQUE,
			RANGE,
			ALLOWED_VALUES,
			REGEX,
			MAX_LENGTH,
			EXPRESSION,
			ROW_COUNT,
			FRESHNESS,
			NULL_RATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Quality Rule Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QualityRuleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quality Rule Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualityRuleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualityRuleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quality Rule Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualityRuleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualityRuleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quality Rule Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualityRuleKind get(int value) {
		switch (value) {
			case NOT_NULL_VALUE: return NOT_NULL;
			case UNIQUE_VALUE: return UNIQUE;
			case RANGE_VALUE: return RANGE;
			case ALLOWED_VALUES_VALUE: return ALLOWED_VALUES;
			case REGEX_VALUE: return REGEX;
			case MAX_LENGTH_VALUE: return MAX_LENGTH;
			case EXPRESSION_VALUE: return EXPRESSION;
			case ROW_COUNT_VALUE: return ROW_COUNT;
			case FRESHNESS_VALUE: return FRESHNESS;
			case NULL_RATE_VALUE: return NULL_RATE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private QualityRuleKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //QualityRuleKind
