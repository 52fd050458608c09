package sinew.model.units;

import java.math.BigDecimal;
import java.util.Locale;

import sinew.model.Quantity;
import sinew.model.QuantityUnit;
import sinew.model.Scale;

/**
 * The one place where quantities are normalised: rates to units per day, durations to days, distances to
 * kilometres, masses to kilograms, money to U.S. dollars, percentages to fractions.
 * <p>
 * A year is 365.25 days and a month a twelfth of that (30.4375 days), so that 12 months = 1 year and
 * 30/month = 360/year exactly.
 */
public final class Units {

	/** Days in a year. */
	public static final double DAYS_PER_YEAR = 365.25;
	/** Days in a month: a twelfth of a year. */
	public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12.0;
	/** Days in a week. */
	public static final double DAYS_PER_WEEK = 7.0;

	/** What a unit measures. */
	public enum Dimension {
		COUNT("a count"), RATE("a rate"), DURATION("a duration"), DISTANCE("a distance"), MASS("a mass"),
		MONEY("an amount of money"), SHARE("a percentage");

		private final String description;

		Dimension(String description) {
			this.description = description;
		}

		/** The dimension in words, with its article: "a rate", "a duration". */
		public String description() {
			return description;
		}
	}

	private Units() {
	}

	/** The dimension a unit measures. */
	public static Dimension dimension(QuantityUnit unit) {
		return switch (unit) {
			case EACH -> Dimension.COUNT;
			case PER_DAY, PER_WEEK, PER_MONTH, PER_YEAR -> Dimension.RATE;
			case DAY, WEEK, MONTH, YEAR -> Dimension.DURATION;
			case KM -> Dimension.DISTANCE;
			case KG -> Dimension.MASS;
			case USD -> Dimension.MONEY;
			case PERCENT -> Dimension.SHARE;
		};
	}

	/** The dimension of a quantity. */
	public static Dimension dimension(Quantity quantity) {
		return dimension(quantity.getUnit());
	}

	/** The factor a scale multiplies by. */
	public static double factor(Scale scale) {
		return switch (scale) {
			case ONE -> 1.0;
			case THOUSAND -> 1.0e3;
			case MILLION -> 1.0e6;
			case BILLION -> 1.0e9;
		};
	}

	/** The number written, multiplied by its scale, in the unit written. */
	public static double magnitude(Quantity quantity) {
		return quantity.getValue() * factor(quantity.getScale());
	}

	/**
	 * The quantity in its dimension's base unit: per day, days, km, kg, USD, a fraction (0.2 for 20 %), or a
	 * plain count.
	 */
	public static double normalised(Quantity quantity) {
		double m = magnitude(quantity);
		return switch (quantity.getUnit()) {
			case EACH, KM, KG, USD, DAY, PER_DAY -> m;
			case PER_WEEK -> m / DAYS_PER_WEEK;
			case PER_MONTH -> m / DAYS_PER_MONTH;
			case PER_YEAR -> m / DAYS_PER_YEAR;
			case WEEK -> m * DAYS_PER_WEEK;
			case MONTH -> m * DAYS_PER_MONTH;
			case YEAR -> m * DAYS_PER_YEAR;
			case PERCENT -> m / 100.0;
		};
	}

	/** A rate in units per day. */
	public static double perDay(Quantity rate) {
		return normalisedAs(rate, Dimension.RATE);
	}

	/** A rate in units per year. */
	public static double perYear(Quantity rate) {
		return perDay(rate) * DAYS_PER_YEAR;
	}

	/** A duration in days. */
	public static double days(Quantity duration) {
		return normalisedAs(duration, Dimension.DURATION);
	}

	/** A distance in kilometres. */
	public static double km(Quantity distance) {
		return normalisedAs(distance, Dimension.DISTANCE);
	}

	/** A mass in kilograms. */
	public static double kg(Quantity mass) {
		return normalisedAs(mass, Dimension.MASS);
	}

	/** Money in U.S. dollars. */
	public static double usd(Quantity money) {
		return normalisedAs(money, Dimension.MONEY);
	}

	/** A percentage as a fraction: 20 % is 0.2. */
	public static double fraction(Quantity share) {
		return normalisedAs(share, Dimension.SHARE);
	}

	private static double normalisedAs(Quantity quantity, Dimension expected) {
		Dimension actual = dimension(quantity);
		if (actual != expected) {
			throw new IllegalArgumentException(
					format(quantity) + " is " + actual.description() + ", not " + expected.description());
		}
		return normalised(quantity);
	}

	/** The quantity as a planner writes it: 30/month, 18 months, 1500 km, 4.1 M USD, 20 %. */
	public static String format(Quantity quantity) {
		StringBuilder text = new StringBuilder(number(quantity.getValue()));
		String scale = switch (quantity.getScale()) {
			case ONE -> "";
			case THOUSAND -> " K";
			case MILLION -> " M";
			case BILLION -> " B";
		};
		text.append(scale);
		boolean one = quantity.getValue() == 1.0 && quantity.getScale() == Scale.ONE;
		text.append(switch (quantity.getUnit()) {
			case EACH -> "";
			case PER_DAY -> "/day";
			case PER_WEEK -> "/week";
			case PER_MONTH -> "/month";
			case PER_YEAR -> "/year";
			case DAY -> one ? " day" : " days";
			case WEEK -> one ? " week" : " weeks";
			case MONTH -> one ? " month" : " months";
			case YEAR -> one ? " year" : " years";
			case KM -> " km";
			case KG -> " kg";
			case USD -> " USD";
			case PERCENT -> " %";
		});
		return text.toString();
	}

	/** A number without a needless fraction or exponent: 30, 4.1, 0.25. */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
		if (exact.scale() < 0) {
			exact = exact.setScale(0);
		}
		return exact.toPlainString();
	}

	/** A figure for messages: thousands separated, at most two decimals ("1,234.5"). */
	public static String figure(double value) {
		if (Math.abs(value - Math.rint(value)) < 1e-9) {
			return String.format(Locale.ROOT, "%,d", (long) Math.rint(value));
		}
		return String.format(Locale.ROOT, "%,.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}
}
