package eu.competitiondesk.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ranges a non-confidential edition shows instead of a secret percentage, as the Commission writes them
 * ({@code [0-5]%}, {@code [5-10]%}, then ten-point bands): each band holds its lower bound and not its upper one,
 * except the last, which holds 100. An HHI or a change in HHI computed from secret shares shows the zone of the EU
 * Horizontal Merger Guidelines it falls in (paras 19-20) instead.
 */
public record ShareBands(List<BigDecimal> upperBounds) {

    private static final List<BigDecimal> HHI_ZONES = List.of(new BigDecimal("1000"), new BigDecimal("2000"));
    private static final List<BigDecimal> DELTA_ZONES = List.of(new BigDecimal("150"), new BigDecimal("250"));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HHI_MAX = BigDecimal.valueOf(10_000);

    /** [0-5], [5-10], then ten-point bands to [90-100]. */
    public static final ShareBands COMMISSION = of("5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100");

    public ShareBands {
        upperBounds = List.copyOf(upperBounds);
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal upper : upperBounds) {
            if (upper.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("band bounds must rise from 0: " + upperBounds);
            }
            previous = upper;
        }
        if (previous.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("the last band must end at 100: " + upperBounds);
        }
    }

    /** The bands from their upper bounds written as a list ("5, 10, 20, …, 100"). */
    public static ShareBands of(String upperBounds) {
        List<BigDecimal> bounds = new ArrayList<>();
        for (String bound : upperBounds.split(",")) {
            bounds.add(new BigDecimal(bound.trim()));
        }
        return new ShareBands(bounds);
    }

    /** The upper bounds as an administrator writes them: "5, 10, 20, …, 100". */
    public String describeBounds() {
        return upperBounds.stream()
                .map(b -> b.stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The band of a percentage: {@code [5-10]%} for 5, {@code [90-100]%} for 100. */
    public String band(BigDecimal percent) {
        return "[" + range(percent, upperBounds, true) + "]%";
    }

    public String band(double percent) {
        return band(BigDecimal.valueOf(percent));
    }

    /** The zone of an HHI: {@code [1,000-2,000]}. */
    public static String hhiZone(BigDecimal hhi) {
        return "[" + range(hhi, append(HHI_ZONES, HHI_MAX), false) + "]";
    }

    /** The zone of a change in HHI: {@code [150-250]}. */
    public static String deltaZone(BigDecimal delta) {
        return "[" + range(delta, append(DELTA_ZONES, HHI_MAX), false) + "]";
    }

    /** The bands as the report's notes name them: "[0-5], [5-10], [10-20], …". */
    public String describe() {
        List<String> bands = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : upperBounds) {
            bands.add("[" + plain(lower, false) + "-" + plain(upper, false) + "]");
            lower = upper;
        }
        return String.join(", ", bands);
    }

    private static String range(BigDecimal value, List<BigDecimal> uppers, boolean lastHoldsItsBound) {
        BigDecimal lower = BigDecimal.ZERO;
        for (int i = 0; i < uppers.size(); i++) {
            BigDecimal upper = uppers.get(i);
            boolean last = i == uppers.size() - 1;
            if (value.compareTo(upper) < 0 || last && (lastHoldsItsBound || value.compareTo(upper) <= 0)) {
                return plain(lower, !lastHoldsItsBound) + "-" + plain(upper, !lastHoldsItsBound);
            }
            lower = upper;
        }
        throw new IllegalStateException("no band for " + value);
    }

    private static List<BigDecimal> append(List<BigDecimal> zones, BigDecimal max) {
        List<BigDecimal> all = new ArrayList<>(zones);
        all.add(max);
        return all;
    }

    private static String plain(BigDecimal value, boolean grouped) {
        DecimalFormat format =
                new DecimalFormat(grouped ? "#,##0.##" : "0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
